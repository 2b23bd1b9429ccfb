using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>A top-level block parsed by a plug-in <see cref="Parsing.IBlockParser"/> (e.g. a workflow); the policy keeps it as is.</summary>
public abstract record BlockSyntax(SourceSpan Span);
