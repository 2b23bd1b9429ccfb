using InternalControl.Kernel.Schools;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// Evaluation scores grouped by object and sheet, once per working memory, for the aggregates whose filter fixes both
/// (<see cref="Model.AggregateGrouping.ObjectSheet"/>): each reads its group of a few scores instead of every score of the
/// district, so matrix scoring grows with the scores, not with their square.
/// </summary>
internal sealed partial class FactIndex
{
    private Dictionary<(string? Object, string? Sheet), EvaluationScore[]>? _scoreGroups;

    /// <summary>The scores of one object on one sheet, in the order of <see cref="Scores"/>; empty when there are none.</summary>
    public EvaluationScore[] ScoresOf(string? objectId, string? sheet)
    {
        var groups = _scoreGroups ??= GroupScores(Scores);
        return groups.TryGetValue((objectId, sheet), out var group) ? group : [];
    }

    private static Dictionary<(string? Object, string? Sheet), EvaluationScore[]> GroupScores(EvaluationScore[] scores)
    {
        var lists = new Dictionary<(string? Object, string? Sheet), List<EvaluationScore>>();
        foreach (var score in scores)
        {
            (string?, string?) key = (score.ObjectId, score.Sheet);
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = [];
            }

            list.Add(score);
        }

        return lists.ToDictionary(g => g.Key, g => g.Value.ToArray());
    }
}
