namespace InternalControl.Application.Reports.District;

/// <summary>
/// The quarter summary a school hands to the district, per class: pupils, all "5", all "4" and "5", a single "3",
/// failing, not assessed, knowledge quality, success rate and СОУ (<see cref="ClassFigures"/>), with a row for the
/// whole school (or the classes in scope).
/// </summary>
internal static class QuarterSummaryReport
{
    public const string Name = "quarter-summary";

    private static readonly string[] ColumnNames =
        ["Class", "Pupils", "AllFives", "FoursAndFives", "SingleThree", "Failing", "NotAssessed", "Quality", "SuccessRate", "Sou"];

    public static ReportTable Build(ReportScope scope)
    {
        var l = scope.Localizer;
        var rows = new List<IReadOnlyList<ReportCell>>();
        var figures = new List<ClassFigures>();
        foreach (var group in scope.Classes)
        {
            if (ClassFigures.Of(scope, group) is not { } f)
            {
                continue;
            }

            figures.Add(f);
            rows.Add(Row(group.Name, f));
        }

        if (figures.Count > 1)
        {
            rows.Add(Row(l.Get("Reports.District.Total"), Total(figures)));
        }

        return new ReportTable(
            Name,
            l.Get("Reports.QuarterSummary.Title", scope.Options.Quarter),
            ColumnNames.Select(scope.Column).ToList(),
            rows,
            [l.Get("Reports.Note.DistrictCounts"), l.Get("Reports.Note.Sou"), l.Get("Reports.Note.FinalMark")]);
    }

    private static List<ReportCell> Row(string name, ClassFigures f) =>
    [
        ReportCell.Of(name),
        ReportCell.Of(f.Pupils),
        ReportCell.Of(f.AllFives),
        ReportCell.Of(f.FoursAndFives),
        ReportCell.Of(f.SingleThree),
        ReportCell.Of(f.Failing),
        ReportCell.Of(f.NotAssessed),
        ReportCell.Percent(f.Quality),
        ReportCell.Percent(f.Success),
        ReportCell.Percent(f.Sou),
    ];

    /// <summary>The school's row: counts add up; the percents are over all its pupils; the СОУ is weighted by pupils, as the district adds classes.</summary>
    private static ClassFigures Total(List<ClassFigures> figures)
    {
        var n = figures.Sum(f => f.Pupils);
        int Sum(Func<ClassFigures, int> of) => figures.Sum(of);
        var withSou = figures.Where(f => f.Sou is not null).ToList();
        return new ClassFigures(
            n,
            Sum(f => f.AllFives),
            Sum(f => f.FoursAndFives),
            Sum(f => f.SingleThree),
            Sum(f => f.Failing),
            Sum(f => f.NotAssessed),
            100.0 * (Sum(f => f.AllFives) + Sum(f => f.FoursAndFives)) / n,
            100.0 * (n - Sum(f => f.Failing) - Sum(f => f.NotAssessed)) / n,
            withSou.Count == 0 ? null : withSou.Sum(f => f.Sou!.Value * f.Pupils) / withSou.Sum(f => f.Pupils));
    }
}
