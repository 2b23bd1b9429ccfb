using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Reports;

/// <summary>
/// The unit summatives held in each class and subject during the quarter, against the limit of seed 001 R31
/// (at most 2 in a subject taught 1 hour a week, otherwise at most 3), with the finding for each.
/// A summative is counted once per date on which any pupil of the class has one. The hours are the class's own
/// (the teaching assignment's weekly hours), since a subject may have 1 hour in one grade and 2 in another.
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

                var hours = WeeklyHours(scope, group.Id, subject);
                var limit = CriteriaScale.UnitSummativeLimit(hours ?? decimal.MaxValue);
                rows.Add(
                [
                    ReportCell.Of(group.Name),
                    ReportCell.Of(scope.SubjectName(subject)),
                    ReportCell.Of(scope.TeacherName(group.Id, subject)),
                    Hours(hours),
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

    // Whole hours as a whole number; 1.5 hours with its decimal.
    private static ReportCell Hours(decimal? hours) => hours switch
    {
        null => ReportCell.Empty,
        { } h when h == decimal.Truncate(h) => ReportCell.Of((int)h),
        { } h => ReportCell.Decimal((double)h),
    };

    /// <summary>
    /// The class's own hours for the subject (teaching.csv weekly_hours), else the school-wide figure in the
    /// options, else null: unknown hours get the looser limit, so nothing is flagged on a guess.
    /// </summary>
    private static decimal? WeeklyHours(ReportScope scope, string classId, string subjectId) =>
        scope.Data.Teaching.FirstOrDefault(t => t.ClassId == classId && t.SubjectId == subjectId)?.WeeklyHours
        ?? (scope.Options.WeeklyHours.TryGetValue(subjectId, out var h) ? h : null);
}
