namespace InternalControl.Application.Policies.Workbench;

/// <summary>A line of a comparison with its number in the older (<paramref name="OldLine"/>) and the newer version (<paramref name="NewLine"/>).</summary>
public sealed record DiffLine(DiffKind Kind, int? OldLine, int? NewLine, string Text);
