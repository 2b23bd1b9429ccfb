using InternalControl.Application.Control;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Reports;

/// <summary>
/// The evaluation-sheet standings (Kazakh policy 2): per object and sheet, the group from the latest scores under
/// the school's rule and the decision the matrix gives (seed 000 §3.2-3.4). The finding says what the deputy acts
/// on: an object exempt from re-control (§3.1), contest results without positive dynamics (§3.4), or, for groups A
/// and B, the C-group objects of the same sheet offered as a resource (§3.3). It reads <see cref="SchoolData.Scores"/>,
/// which the host loads; it needs no calendar.
/// </summary>
internal static class EvaluationReport
{
    public const string Name = "evaluations";

    private static readonly string[] ColumnNames = ["Object", "ObjectKind", "Sheet", "Scores", "Group", "Decision", "Finding", "Date"];

    public static ReportTable Build(SchoolData data, ReportOptions options, Localizer l)
    {
        var matrix = options.Matrix;
        // An object by its name (a teacher, a class), never its id; its kind by its text (Domain.ObjectKind.KIND), else as imported.
        var names = data.Staff.Select(s => (s.Id, Name: s.FullName)).Concat(data.Classes.Select(c => (c.Id, c.Name)))
            .DistinctBy(n => n.Id, StringComparer.Ordinal).ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        var evaluations = matrix is null ? [] : Evaluations.Evaluate(data.Scores, matrix, options.GroupRule, options.ExemptionEvaluations);
        var resources = evaluations
            .Where(e => e.Group == EvaluationGroup.C && !e.NoContestDynamics && e.Decision is { LeavesControl: true })
            .GroupBy(e => e.Sheet, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => names.GetValueOrDefault(e.ObjectId, e.ObjectId)).ToList(), StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var e in evaluations)
        {
            var sheet = matrix?.Find(e.Sheet);
            rows.Add(
            [
                ReportCell.Of(names.GetValueOrDefault(e.ObjectId, e.ObjectId)),
                ReportCell.Of(new TextArg("Domain.ObjectKind." + e.ObjectKind, e.ObjectKind).Render(l.Language)),
                ReportCell.Of(sheet is null ? e.Sheet : $"{sheet.Id} {l.Get(sheet.Title)}"),
                ReportCell.Of(string.Join(" ", e.Scores)),
                ReportCell.Of(l.Get("Group." + e.Group)),
                ReportCell.Of(e.Decision?.Describe(l) ?? l.Get("Matrix.NoDecision")),
                ReportCell.Of(Finding(e, resources, options, l)),
                ReportCell.Of(e.Date),
            ]);
        }

        return new ReportTable(
            Name,
            l.Get("Reports.Evaluations.Title"),
            ColumnNames.Select(c => new ReportColumn("Reports.Column." + c, l.Get("Reports.Column." + c))).ToList(),
            rows,
            [
                l.Get(options.GroupRule == GroupRule.Minimum ? "Reports.Note.GroupMinimum" : "Reports.Note.GroupMean"),
                l.Get("Reports.Note.Exemption", options.ExemptionEvaluations),
                l.Get("Reports.Note.ContestDynamics"),
            ]);
    }

    private static string Finding(SheetEvaluation e, Dictionary<string, List<string>> resources, ReportOptions options, Localizer l)
    {
        if (e.NoContestDynamics)
        {
            return l.Get("Reports.Evaluation.NoContestDynamics");
        }

        if (e.Exempt)
        {
            return l.Get("Reports.Evaluation.Exempt", options.ExemptionEvaluations);
        }

        // §3.3: group C runs seminars and mentors groups A and B of the same sheet.
        if (e.Decision is { Recontrol: true } && resources.TryGetValue(e.Sheet, out var offered))
        {
            return l.Get("Reports.Evaluation.Resource", string.Join(", ", offered));
        }

        return "";
    }
}
