namespace InternalControl.Application.Reports.District;

/// <summary>
/// Changes from quarter to quarter, per class: knowledge quality, success rate, СОУ and the failing pupils of the
/// previous quarter against the report's quarter, with the change (this minus previous). In quarter 1 there is no
/// previous quarter, and the note says so.
/// </summary>
internal static class QuarterChangeReport
{
    public const string Name = "quarter-changes";

    private static readonly string[] ColumnNames =
        ["Class", "QualityBefore", "Quality", "QualityChange", "SuccessBefore", "SuccessRate", "SuccessChange", "SouBefore", "Sou", "SouChange", "FailingBefore", "Failing", "FailingChange"];

    public static ReportTable Build(ReportScope scope)
    {
        var l = scope.Localizer;
        var quarter = scope.Options.Quarter;
        var previous = quarter > 1 ? ReportScope.Create(scope.Data, scope.Options with { Quarter = quarter - 1 }, l) : null;
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var group in scope.Classes)
        {
            var now = ClassFigures.Of(scope, group);
            var before = previous is null ? null : ClassFigures.Of(previous, group);
            if (now is null && before is null)
            {
                continue;
            }

            rows.Add(
            [
                ReportCell.Of(group.Name),
                .. Triple(before?.Quality, now?.Quality),
                .. Triple(before?.Success, now?.Success),
                .. Triple(before?.Sou, now?.Sou),
                ReportCell.Of(before?.Failing),
                ReportCell.Of(now?.Failing),
                before is not null && now is not null ? ReportCell.Of(now.Failing - before.Failing) : ReportCell.Empty,
            ]);
        }

        List<string> notes = [l.Get("Reports.Note.QuarterChange"), l.Get("Reports.Note.Sou")];
        if (quarter == 1)
        {
            notes.Insert(0, l.Get("Reports.Note.NoPreviousQuarter"));
        }

        return new ReportTable(Name, l.Get("Reports.QuarterChanges.Title", quarter), ColumnNames.Select(scope.Column).ToList(), rows, notes);
    }

    private static ReportCell[] Triple(double? before, double? now) =>
        [ReportCell.Percent(before), ReportCell.Percent(now), ReportCell.Decimal(before is { } b && now is { } n ? n - b : null)];
}
