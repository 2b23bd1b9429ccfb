using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>A <c>decide table NAME</c> with no <c>when</c> rows of its own: the rows come from the rules' table of that name.</summary>
internal sealed record TableUse(string Name, SourceSpan Span, string Step);
