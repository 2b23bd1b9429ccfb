using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Rules.Testing;

/// <summary>The outcome of one `test` block: passed, or the expectations that failed (as diagnostics at their lines).</summary>
public sealed record TestOutcome(string Name, SourceSpan Span, bool Passed, IReadOnlyList<Diagnostic> Failures);
