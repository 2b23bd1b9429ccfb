namespace InternalControl.Workflows.Runtime;

/// <summary>The case row's <c>state</c> column: variables, tokens, frames and the next token id, with short names to keep the row small.</summary>
internal sealed class CaseStateData
{
    public Dictionary<string, string> V { get; set; } = [];

    public List<Token> T { get; set; } = [];

    public List<Frame> F { get; set; } = [];

    public int N { get; set; } = 1;
}
