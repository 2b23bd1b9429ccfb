using System.Reflection;
using System.Text.Json;

namespace InternalControl.Application.Control;

/// <summary>
/// The Kazakh decision matrix (seeds/policies/kz/matrix.json, built into this assembly): for every evaluation
/// sheet, what happens to an object in group A, B or C. It is data, so a school or a later order can replace it.
/// </summary>
public sealed class DecisionMatrix
{
    private static readonly Lazy<DecisionMatrix> BuiltIn = new(LoadKazakh);

    private readonly Dictionary<string, MatrixSheet> _sheets;

    private DecisionMatrix(IReadOnlyList<MatrixSheet> sheets)
    {
        Sheets = sheets;
        _sheets = sheets.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The matrix of the Kazakh guideline (Order No. 130).</summary>
    public static DecisionMatrix Kazakh => BuiltIn.Value;

    public IReadOnlyList<MatrixSheet> Sheets { get; }

    /// <summary>The sheet with <paramref name="id"/> (case-insensitive), or null.</summary>
    public MatrixSheet? Find(string id) => _sheets.GetValueOrDefault(id.Trim());

    /// <summary>The decision for <paramref name="group"/> on sheet <paramref name="sheetId"/>, or null when the sheet is unknown or has no decision row.</summary>
    public MatrixDecision? Decide(string sheetId, EvaluationGroup group) =>
        Find(sheetId) is { } sheet && sheet.Decisions.TryGetValue(group, out var decision) ? decision : null;

    /// <summary>Reads a matrix file. Throws <see cref="JsonException"/> or <see cref="KeyNotFoundException"/> when the file is not a matrix.</summary>
    public static DecisionMatrix Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var sheets = new List<MatrixSheet>();
        foreach (var s in doc.RootElement.GetProperty("sheets").EnumerateArray())
        {
            var decisions = new Dictionary<EvaluationGroup, MatrixDecision>();
            if (s.GetProperty("groups").ValueKind == JsonValueKind.Object)
            {
                foreach (var g in s.GetProperty("groups").EnumerateObject())
                {
                    decisions[Enum.Parse<EvaluationGroup>(g.Name, ignoreCase: false)] = Decision(g.Value);
                }
            }

            sheets.Add(new MatrixSheet(
                s.GetProperty("id").GetString() ?? "",
                s.GetProperty("direction").GetInt32(),
                s.GetProperty("title").GetString() ?? "",
                s.GetProperty("criteriaCount").GetInt32(),
                s.GetProperty("criteria").EnumerateArray().Select(c => c.GetString() ?? "").ToList(),
                decisions)
            {
                ContestCriterion = s.TryGetProperty("contestCriterion", out var contest) ? contest.GetInt32() : null,
                NoDynamics = s.TryGetProperty("noDynamics", out var alternative) ? Decision(alternative) : null,
            });
        }

        return new DecisionMatrix(sheets);
    }

    private static MatrixDecision Decision(JsonElement g) => new(
        g.GetProperty("actions").EnumerateArray().Select(a => a.GetString() ?? "").ToList(),
        g.GetProperty("venue").GetString(),
        g.GetProperty("output").GetString(),
        g.GetProperty("recontrol").GetBoolean(),
        g.GetProperty("leavesControl").GetBoolean());

    private static DecisionMatrix LoadKazakh()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("policies/kz/matrix.json")
            ?? throw new InvalidOperationException("The built-in matrix policies/kz/matrix.json is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
