using InternalControl.Application.Control;
using InternalControl.Engine.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Reports;

/// <summary>
/// The evaluation-sheet standings (Kazakh policy 2): per object and sheet, the group from the latest scores under
/// the school's rule and the decision the matrix gives (seed 000 §3.2-3.4). It reads <see cref="SchoolData.Scores"/>,
/// which the host loads; it needs no calendar.
/// </summary>
internal static class EvaluationReport
{
    public const string Name = "evaluations";

    private static readonly string[] ColumnNames = ["Object", "ObjectKind", "Sheet", "Scores", "Group", "Decision", "Date"];

    public static ReportTable Build(SchoolData data, ReportOptions options, Localizer l)
    {
        var matrix = DecisionMatrix.Kazakh;
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var e in Evaluations.Evaluate(data.Scores, matrix, options.GroupRule))
        {
            var sheet = matrix.Find(e.Sheet);
            rows.Add(
            [
                ReportCell.Of(e.ObjectId),
                ReportCell.Of(e.ObjectKind),
                ReportCell.Of(sheet is null ? e.Sheet : $"{sheet.Id} {l.Get(sheet.Title)}"),
                ReportCell.Of(string.Join(" ", e.Scores)),
                ReportCell.Of(l.Get("Group." + e.Group)),
                ReportCell.Of(e.Decision?.Describe(l) ?? l.Get("Matrix.NoDecision")),
                ReportCell.Of(e.Date),
            ]);
        }

        return new ReportTable(
            Name,
            l.Get("Reports.Evaluations.Title"),
            ColumnNames.Select(c => new ReportColumn("Reports.Column." + c, l.Get("Reports.Column." + c))).ToList(),
            rows,
            [l.Get(options.GroupRule == GroupRule.Minimum ? "Reports.Note.GroupMinimum" : "Reports.Note.GroupMean")]);
    }
}
