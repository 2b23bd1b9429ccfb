using InternalControl.Kernel.Policies;

namespace InternalControl.Application.Policies;

/// <summary>
/// A file the product ships for the school's country whose text the school does not run: <paramref name="File"/> with the
/// shipped text, never attached (<paramref name="New"/>, a file shipped after the school began) or attached with another
/// text (an older shipped text, before a regulation's correction or a report tag).
/// </summary>
public sealed record ShippedUpdate(PolicySource File, bool New);
