namespace InternalControl.Application.Reports;

/// <summary>
/// The subject teacher's report on work with low achievers (regulation No. 97, 5.9): pupil, cause of failure,
/// kinds of questioning used, form of gap elimination, result of the work; with class, subject and teacher so
/// that the deputy director can read one table for the whole school.
/// </summary>
internal static class LowAchieverWorkReport
{
    public const string Name = "report-5-9";

    internal static readonly string[] WorkColumns = ["Pupil", "Class", "Subject", "Teacher", "Cause", "Questioning", "GapElimination"];

    public static ReportTable Build(CaseReportScope scope)
    {
        var rows = scope.InQuarter.Select(c => (IReadOnlyList<ReportCell>)[.. WorkCells(scope, c), ReportCell.Of(scope.ResultText(c))]).ToList();
        return new ReportTable(
            Name,
            scope.Texts.Get("Reports.Work59.Title", scope.Period()),
            [.. WorkColumns.Select(scope.Column), scope.Column("Result")],
            rows,
            [scope.Texts.Get("Reports.Note.Work59"), scope.ScopeNote()]);
    }

    /// <summary>The 5.9 columns before the result, which the 5.10 report repeats.</summary>
    internal static IEnumerable<ReportCell> WorkCells(CaseReportScope scope, LowAchieverCase c) =>
    [
        ReportCell.Of(scope.PupilName(c)),
        ReportCell.Of(c.Class?.Name),
        ReportCell.Of(scope.SubjectName(c.Case.SubjectId)),
        ReportCell.Of(scope.TeacherName(c)),
        ReportCell.Of(scope.CauseText(c)),
        ReportCell.Of(CaseReportScope.Field(c.Work, "questioning")),
        // The form of gap elimination; a case worked before the policy asked for it has only the measures taken.
        ReportCell.Of(CaseReportScope.Field(c.Work, "gap_elimination") ?? CaseReportScope.Field(c.Work, "measures")),
    ];
}
