using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Rules.Model;

/// <summary>A parameter with its effective value (after overlays), its description and where it was declared.</summary>
public sealed record PolicyParameter(string Name, object Value, string? Description, SourceSpan Span, bool Overridden);
