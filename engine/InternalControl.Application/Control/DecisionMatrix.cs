using System.Globalization;
using InternalControl.Kernel.Concepts;
using InternalControl.Rules.Model;
using InternalControl.Rules.Tables;

namespace InternalControl.Application.Control;

/// <summary>
/// The Kazakh decision matrix (seed 000 §3.3-3.4) as the school's compiled policy holds it: for every evaluation
/// sheet, what happens to an object in group A, B or C. The policy's tables tagged <see cref="ReportTag.EvaluationSheets"/>,
/// <see cref="ReportTag.GroupActions"/>, <see cref="ReportTag.ControlledAgain"/>, <see cref="ReportTag.HearingVenue"/>,
/// <see cref="ReportTag.OutputDocument"/> and <see cref="ReportTag.ContestCriterion"/> (<c>report TAG</c>, whatever the
/// policy calls them: the shipped <c>matrix_*</c> tables of seeds/policies/kz/10-kazakh-internal-control.icp) are its
/// only copy, so the rules, the score import and the evaluation report read the same rows. An overlay adds tables but cannot redeclare a baseline table: a school that
/// needs other rows ships its matrix as a part of its own baseline.
/// </summary>
public sealed class DecisionMatrix
{
    // A cell that names no venue or document.
    private const string None = "-";

    private static readonly EvaluationGroup[] Groups = [EvaluationGroup.A, EvaluationGroup.B, EvaluationGroup.C];

    private readonly DecisionTable _sheets;
    private readonly DecisionTable _actions;
    private readonly DecisionTable _recontrol;
    private readonly DecisionTable _venue;
    private readonly DecisionTable _output;
    private readonly DecisionTable _contest;
    private readonly Dictionary<string, MatrixSheet?> _found = new(StringComparer.OrdinalIgnoreCase);

    private DecisionMatrix(DecisionTable sheets, DecisionTable actions, DecisionTable recontrol, DecisionTable venue, DecisionTable output, DecisionTable contest)
    {
        _sheets = sheets;
        _actions = actions;
        _recontrol = recontrol;
        _venue = venue;
        _output = output;
        _contest = contest;
    }

    /// <summary>The matrix of <paramref name="policy"/>, or null when the policy has no decision matrix (a Kyrgyz school's).</summary>
    public static DecisionMatrix? From(CompiledPolicy? policy) =>
        policy?.TableTagged(ReportTag.EvaluationSheets) is { } sheets
        && policy.TableTagged(ReportTag.GroupActions) is { } actions
        && policy.TableTagged(ReportTag.ControlledAgain) is { } recontrol
        && policy.TableTagged(ReportTag.HearingVenue) is { } venue
        && policy.TableTagged(ReportTag.OutputDocument) is { } output
        && policy.TableTagged(ReportTag.ContestCriterion) is { } contest
            ? new DecisionMatrix(sheets, actions, recontrol, venue, output, contest)
            : null;

    /// <summary>Every sheet the matrix has a row for, in the order the policy lists them.</summary>
    public IReadOnlyList<MatrixSheet> Sheets => [.. _sheets.TextsOf(_sheets.Inputs[0]).Select(Find).OfType<MatrixSheet>()];

    /// <summary>The sheet with <paramref name="id"/> (case-insensitive), or null.</summary>
    public MatrixSheet? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        id = id.Trim();
        lock (_found)
        {
            if (!_found.TryGetValue(id, out var sheet))
            {
                sheet = Read(id);
                _found[id] = sheet;
            }

            return sheet;
        }
    }

    /// <summary>The decision for <paramref name="group"/> on sheet <paramref name="sheetId"/>, or null when the sheet is unknown or has no decision row.</summary>
    public MatrixDecision? Decide(string sheetId, EvaluationGroup group) =>
        Find(sheetId) is { } sheet && sheet.Decisions.TryGetValue(group, out var decision) ? decision : null;

    private MatrixSheet? Read(string id)
    {
        // Sheet codes are Roman numerals ("III.2"); a reader may type them in any case.
        var code = id.ToUpperInvariant();
        if (_sheets.Evaluate(code).FirstOrDefault() is not { } row)
        {
            return null;
        }

        var direction = Number(row[_sheets.Outputs[0]]);
        var criteria = Number(row[_sheets.Outputs[1]]);
        var decisions = new Dictionary<EvaluationGroup, MatrixDecision>();
        foreach (var group in Groups)
        {
            if (Decision(code, group) is { } decision)
            {
                decisions[group] = decision;
            }
        }

        var contest = _contest.Evaluate(code).FirstOrDefault() is { } contestRow ? Number(contestRow[_contest.Outputs[0]]) : (int?)null;
        return new MatrixSheet(
            code,
            direction,
            "Matrix.Sheet." + code,
            criteria,
            [.. Enumerable.Range(1, criteria).Select(n => $"Matrix.Criterion.{code}.{n.ToString("00", CultureInfo.InvariantCulture)}")],
            decisions)
        {
            ContestCriterion = contest,

            // §3.4's "other set of decisions" for contest results without positive dynamics: the seed writes no
            // separate set, so it is the sheet's group A row (re-control with a mentor).
            NoDynamics = contest is null ? null : decisions.GetValueOrDefault(EvaluationGroup.A),
        };
    }

    private MatrixDecision? Decision(string sheet, EvaluationGroup group)
    {
        var key = group.ToString();
        if (_recontrol.Evaluate(sheet, key).FirstOrDefault() is not { } recontrolRow)
        {
            return null;
        }

        var recontrol = recontrolRow[_recontrol.Outputs[0]] is true;
        var actions = _actions.Evaluate(sheet, key).Select(r => Text(r[_actions.Outputs[0]])).OfType<string>().ToList();
        return new MatrixDecision(
            actions,
            Text(_venue.Evaluate(sheet, key).FirstOrDefault()?[_venue.Outputs[0]]),
            Text(_output.Evaluate(sheet, key).FirstOrDefault()?[_output.Outputs[0]]),
            recontrol,
            LeavesControl: group == EvaluationGroup.C && !recontrol);
    }

    private static string? Text(object? cell) => cell is string text && text != None ? text : null;

    private static int Number(object? cell) => Convert.ToInt32(cell, CultureInfo.InvariantCulture);
}
