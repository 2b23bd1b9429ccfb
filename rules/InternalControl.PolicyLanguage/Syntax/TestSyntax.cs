using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`test "name" given ... expect ... end`.</summary>
public sealed record TestSyntax(SourceSpan Span, string Name, DateOnly? Now, IReadOnlyList<GivenSyntax> Given, IReadOnlyList<ExpectSyntax> Expect);
