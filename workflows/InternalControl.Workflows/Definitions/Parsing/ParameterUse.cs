using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>
/// A policy parameter named where a workflow takes a number: the binder puts the parameter's value in its
/// place (in <paramref name="Step"/>, at <paramref name="Slot"/>; for a condition, row and condition index).
/// </summary>
internal sealed record ParameterUse(string Name, SourceSpan Span, string Step, ParameterSlot Slot, int Row = 0, int Condition = 0);
