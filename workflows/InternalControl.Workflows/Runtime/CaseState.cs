using System.Text.Json;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// A case as the machine changes it: plain data, loaded from one row and written back with the
/// row version it was read at (the optimistic check that keeps two workers off one case).
/// </summary>
internal sealed class CaseState
{
    public long Id { get; set; }

    public long SchoolId { get; init; }

    public string Workflow { get; init; } = "";

    public int Version { get; init; }

    public string Hash { get; init; } = "";

    public string Key { get; init; } = "";

    public string? PupilId { get; init; }

    public string? SubjectId { get; init; }

    public string? Term { get; init; }

    public string Status { get; set; } = CaseStatus.Open;

    public string? Result { get; set; }

    public Dictionary<string, string> Variables { get; set; } = [];

    public List<Token> Tokens { get; set; } = [];

    public List<Frame> Frames { get; set; } = [];

    public int NextToken { get; set; } = 1;

    public int NextSeq { get; set; } = 1;

    public long RowVersion { get; set; }

    public long? ParentCaseId { get; set; }

    public int? ParentToken { get; set; }

    public string StartedBy { get; init; } = "";

    public string StartedAt { get; init; } = "";

    public string? ClosedAt { get; set; }

    public bool IsOpen => Status == CaseStatus.Open;

    /// <summary>The variables, tokens and frames as one JSON text (the case row's <c>state</c>).</summary>
    public string SerializeState() =>
        JsonSerializer.Serialize(new CaseStateData { V = Variables, T = Tokens, F = Frames, N = NextToken }, CaseStateJson.Default.CaseStateData);

    public void DeserializeState(string json)
    {
        var data = JsonSerializer.Deserialize(json, CaseStateJson.Default.CaseStateData) ?? new CaseStateData();
        Variables = data.V;
        Tokens = data.T;
        Frames = data.F;
        NextToken = data.N;
    }
}
