namespace InternalControl.Workflows.Runtime;

/// <summary>A running parallel step: how many of its branches have not yet reached the join.</summary>
internal sealed class Frame
{
    public int Id { get; set; }

    /// <summary>The parallel step.</summary>
    public string Step { get; set; } = "";

    /// <summary>The frame the parallel step itself runs in.</summary>
    public int? Parent { get; set; }

    public int Remaining { get; set; }
}
