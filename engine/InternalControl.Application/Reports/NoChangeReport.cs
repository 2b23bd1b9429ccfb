namespace InternalControl.Application.Reports;

/// <summary>
/// The 5.10 report (regulation No. 97): pupils whose level did not change after 5.1-5.9, with the 5.9 columns
/// and the deadline for handing in the materials, the dates the class teacher and the parent were informed,
/// and the result.
/// </summary>
internal static class NoChangeReport
{
    public const string Name = "report-5-10";

    public static ReportTable Build(CaseReportScope scope)
    {
        var rows = scope.InQuarter.Where(c => c.ReachedReport510).Select(c => (IReadOnlyList<ReportCell>)
        [
            .. LowAchieverWorkReport.WorkCells(scope, c),
            c.Report510Due is { } due ? ReportCell.Of(due) : ReportCell.Empty,
            CaseReportScope.DateCell(c.Report510, "class_teacher_informed"),
            CaseReportScope.DateCell(c.Report510, "parent_informed"),
            ReportCell.Of(scope.ResultText(c)),
        ]).ToList();
        return new ReportTable(
            Name,
            scope.Texts.Get("Reports.NoChange.Title", scope.Period()),
            [.. LowAchieverWorkReport.WorkColumns.Select(scope.Column), .. new[] { "Deadline", "ClassTeacherInformed", "ParentInformed", "Result" }.Select(scope.Column)],
            rows,
            [scope.Texts.Get("Reports.Note.NoChange"), scope.Texts.Get("Reports.Note.Work59"), scope.ScopeNote()]);
    }
}
