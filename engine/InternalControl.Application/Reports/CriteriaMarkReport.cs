using System.Globalization;
using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Reports;

/// <summary>
/// Criteria-based quarter marks (Kazakh policy 4, seed 001 R29-R35), per pupil and subject, from the points the
/// journal keeps: the unit summatives' points over their maxima (ΣСОР/ΣmaxСОР), the term summative's points over its
/// maximum (СОЧ/maxСОЧ), the formative points, the weighted quarter percent (R33, weights from the school's policy),
/// the mark it converts to, and the quarter mark recorded in the journal beside it, so that a deputy sees where the
/// two differ. A subject without summatives is credited ("есептелінді", R35); a subject taught one hour a week is
/// marked per half-year (R31): its mark stands in quarters 2 and 4, over both quarters of the half-year.
/// </summary>
internal static class CriteriaMarkReport
{
    public const string Name = "criteria-marks";

    private static readonly string[] ColumnNames =
        ["Class", "Pupil", "Subject", "UnitCount", "UnitPoints", "UnitPercent", "TermPoints", "TermPercent", "FormativePercent", "QuarterPercent", "Mark", "RecordedMark"];

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
                    var quarterMarks = scope.MarksOf(pupil.Id, subject);
                    var halfYear = HalfYear(scope, group.Id, subject);
                    var marks = halfYear && scope.Options.Quarter % 2 == 0 ? HalfYearMarks(scope, pupil.Id, subject) : quarterMarks;
                    if (!marks.Any(m => m.Kind is MarkKind.UnitSummative or MarkKind.TermSummative or MarkKind.Formative))
                    {
                        continue;
                    }

                    var parts = QuarterParts.Of(marks);
                    var criteria = scope.CriteriaMark(marks, group.GradeLevel);
                    rows.Add(
                    [
                        ReportCell.Of(group.Name),
                        ReportCell.Of(pupil.FullName),
                        ReportCell.Of(scope.SubjectName(subject)),
                        ReportCell.Of(parts.UnitCount),
                        ReportCell.Of(Points(marks, MarkKind.UnitSummative)),
                        ReportCell.Percent(parts.Unit),
                        ReportCell.Of(Points(marks, MarkKind.TermSummative)),
                        ReportCell.Percent(parts.Term),
                        ReportCell.Percent(parts.Formative),
                        ReportCell.Percent(criteria?.Percent),
                        MarkCell(l, parts, criteria?.Mark, halfYear, scope.Options.Quarter),
                        ReportCell.Of(quarterMarks.LastOrDefault(m => m.Kind == MarkKind.Quarter)?.Value),
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
                l.Get("Reports.Note.CriteriaFormula", Math.Round(weights.Unit * 100), Math.Round(weights.Term * 100), Math.Round(weights.Formative * 100)),
                l.Get("Reports.Note.CriteriaScale"),
                l.Get("Reports.Note.CriteriaCredited"),
                l.Get("Reports.Note.CriteriaHalfYear"),
                l.Get("Reports.Note.GradeOne"),
            ]);
    }

    /// <summary>
    /// The mark: the converted percent; "есептелінді" for a subject with formative points and no summative (R35);
    /// in quarters 1 and 3 of a subject marked per half-year, "at the half-year" (R31).
    /// </summary>
    private static ReportCell MarkCell(InternalControl.Localization.Localizer l, QuarterParts parts, int? mark, bool halfYear, int quarter)
    {
        if (parts.Unit is null && parts.Term is null)
        {
            return ReportCell.Of(l.Get("Reports.Cell.Credited"));
        }

        if (halfYear && quarter % 2 == 1)
        {
            return ReportCell.Of(l.Get("Reports.Cell.AtHalfYear"));
        }

        return ReportCell.Of(mark);
    }

    /// <summary>The points of each summative of a kind over its maximum, as the journal shows them: "12/15, 14/20".</summary>
    private static string? Points(IReadOnlyList<Mark> marks, MarkKind kind)
    {
        var points = marks.Where(m => m.Kind == kind).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Value}/{m.OutOf}")).ToList();
        return points.Count == 0 ? null : string.Join(", ", points);
    }

    /// <summary>Seed 001 R31: a subject taught one hour a week gets its final mark per half-year.</summary>
    private static bool HalfYear(ReportScope scope, string classId, string subjectId)
    {
        var hours = scope.Data.Teaching.FirstOrDefault(t => t.ClassId == classId && t.SubjectId == subjectId)?.WeeklyHours
            ?? (scope.Options.WeeklyHours.TryGetValue(subjectId, out var h) ? h : null);
        return hours is <= 1;
    }

    /// <summary>The marks of the half-year that ends with the report's quarter (quarters 1-2 or 3-4).</summary>
    private static List<Mark> HalfYearMarks(ReportScope scope, string pupilId, string subjectId)
    {
        var quarters = new[] { scope.Options.Quarter - 1, scope.Options.Quarter };
        return scope.Data.Marks
            .Where(m => m.PupilId == pupilId && m.SubjectId == subjectId && scope.Calendar.QuarterOf(m.Date)?.Number is { } q && quarters.Contains(q))
            .OrderBy(m => m.Date)
            .ToList();
    }
}
