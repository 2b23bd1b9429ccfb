namespace InternalControl.Workflows.Runtime;

/// <summary>
/// A position in a case: the step a line of execution is at. A case has one token, or one per
/// parallel branch. A token takes a new id each time it comes to rest, so that tasks and timers,
/// keyed by token, stay unique even when a workflow loops back to a step.
/// </summary>
internal sealed class Token
{
    public int Id { get; set; }

    public string Step { get; set; } = "";

    /// <summary>The parallel frame the token runs in, or null on the main line.</summary>
    public int? Frame { get; set; }
}
