using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Reports;

/// <summary>
/// Criteria-based quarter marks (Kazakh policy 4): per pupil and subject, the unit summatives' mean percent,
/// the term summative's percent, the weighted quarter percent, the mark it converts to, and the quarter mark
/// recorded in the journal beside it, so that a deputy sees where the two differ.
/// </summary>
internal static class CriteriaMarkReport
{
    public const string Name = "criteria-marks";

    private static readonly string[] ColumnNames =
        ["Class", "Pupil", "Subject", "UnitCount", "UnitPercent", "TermPercent", "QuarterPercent", "Mark", "RecordedMark"];

    public static ReportTable Build(ReportScope scope)
    {
        var l = scope.Localizer;
        var rows = new List<IReadOnlyList<ReportCell>>();

        // Grade 1 gets no marks (seed 001 R28): its summatives, if any, are not converted.
        foreach (var group in scope.Classes.Where(c => c.GradeLevel > 1))
        {
            var subjects = scope.SubjectsOf(group);
            foreach (var pupil in scope.PupilsOf(group))
            {
                foreach (var subject in subjects)
                {
                    var marks = scope.MarksOf(pupil.Id, subject);
                    var units = marks.Where(m => m.Kind == MarkKind.UnitSummative).Select(m => m.Value).ToList();
                    int? term = marks.LastOrDefault(m => m.Kind == MarkKind.TermSummative)?.Value;
                    if (units.Count == 0 && term is null)
                    {
                        continue;
                    }

                    var criteria = scope.CriteriaMark(marks, group.GradeLevel);
                    rows.Add(
                    [
                        ReportCell.Of(group.Name),
                        ReportCell.Of(pupil.FullName),
                        ReportCell.Of(scope.SubjectName(subject)),
                        ReportCell.Of(units.Count),
                        ReportCell.Percent(units.Count > 0 ? units.Average() : null),
                        ReportCell.Percent(term),
                        ReportCell.Percent(criteria?.Percent),
                        ReportCell.Of(criteria?.Mark),
                        ReportCell.Of(marks.LastOrDefault(m => m.Kind == MarkKind.Quarter)?.Value),
                    ]);
                }
            }
        }

        var weights = scope.Options.Weights;
        return new ReportTable(
            Name,
            l.Get("Reports.CriteriaMarks.Title", scope.Options.Quarter),
            ColumnNames.Select(scope.Column).ToList(),
            rows,
            [
                l.Get("Reports.Note.CriteriaWeights", Math.Round(weights.Unit * 100), Math.Round(weights.Term * 100)),
                l.Get("Reports.Note.CriteriaScale"),
                l.Get("Reports.Note.GradeOne"),
            ]);
    }
}
