using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>One <c>step id: ...</c> of a workflow block, with where it was written.</summary>
public sealed record StepSyntax(SourceSpan Span, StepDefinition Step);
