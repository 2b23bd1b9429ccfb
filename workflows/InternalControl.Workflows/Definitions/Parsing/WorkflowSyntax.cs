using InternalControl.Engine.Diagnostics;
using InternalControl.PolicyLanguage.Syntax;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>A <c>workflow "name" version N key a, b ... end</c> block as written: its steps are model records, checked by the binder.</summary>
public sealed record WorkflowSyntax(SourceSpan Span, string Name, int Version, IReadOnlyList<string> Key, IReadOnlyList<StepSyntax> Steps) : BlockSyntax(Span);
