namespace InternalControl.Application.Policies.Workbench;

/// <summary>What a line of a comparison is.</summary>
public enum DiffKind
{
    /// <summary>In both versions.</summary>
    Same,

    /// <summary>Only in the older version.</summary>
    Removed,

    /// <summary>Only in the newer version.</summary>
    Added,
}
