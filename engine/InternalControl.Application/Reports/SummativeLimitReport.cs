using InternalControl.Engine.Schools;

namespace InternalControl.Application.Reports;

/// <summary>
/// The unit summatives held in each class and subject during the quarter, against the limit of seed 001 R31
/// (at most 2 in a subject taught 1 hour a week, otherwise at most 3), with the finding for each.
/// A summative is counted once per date on which any pupil of the class has one.
/// </summary>
internal static class SummativeLimitReport
{
    public const string Name = "summative-limit";

    private static readonly string[] ColumnNames = ["Class", "Subject", "Teacher", "WeeklyHours", "UnitCount", "Limit", "Finding"];

    public static ReportTable Build(ReportScope scope)
    {
        var l = scope.Localizer;
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var group in scope.Classes.Where(c => c.GradeLevel > 1))
        {
            var pupils = scope.PupilsOf(group).ToList();
            foreach (var subject in scope.SubjectsOf(group))
            {
                var held = pupils
                    .SelectMany(p => scope.MarksOf(p.Id, subject))
                    .Where(m => m.Kind == MarkKind.UnitSummative)
                    .Select(m => m.Date)
                    .Distinct()
                    .Count();
                if (held == 0)
                {
                    continue;
                }

                int? hours = scope.Options.WeeklyHours.TryGetValue(subject, out var h) ? h : null;
                var limit = CriteriaScale.UnitSummativeLimit(hours ?? int.MaxValue);
                rows.Add(
                [
                    ReportCell.Of(group.Name),
                    ReportCell.Of(scope.SubjectName(subject)),
                    ReportCell.Of(scope.TeacherName(group.Id, subject)),
                    ReportCell.Of(hours),
                    ReportCell.Of(held),
                    ReportCell.Of(limit),
                    ReportCell.Of(held > limit ? l.Get("Reports.Finding.OverLimit", held - limit) : l.Get("Reports.Finding.WithinLimit")),
                ]);
            }
        }

        return new ReportTable(
            Name,
            l.Get("Reports.SummativeLimit.Title", scope.Options.Quarter),
            ColumnNames.Select(scope.Column).ToList(),
            rows,
            [l.Get("Reports.Note.SummativeLimit")]);
    }
}
