using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>A fact of a test: `mark pupil = "P1", subject = "MATH", date = 2026-10-01, value = 2`.</summary>
public sealed record GivenSyntax(SourceSpan Span, string Type, IReadOnlyList<FieldValueSyntax> Fields);
