using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`policy "name" country kg version 1 extends "baseline"`.</summary>
public sealed record PolicyHeaderSyntax(SourceSpan Span, string Name, string? Country, string? Version, string? Extends, SourceSpan? ExtendsSpan);
