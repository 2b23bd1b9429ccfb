using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>A parsed policy file: its header, parameters, rules, tables, tests, overlay edits and plug-in blocks.</summary>
public sealed record PolicySyntax(
    SourceSpan Span,
    string Source,
    PolicyHeaderSyntax? Header,
    IReadOnlyList<ParameterSyntax> Parameters,
    IReadOnlyList<DisableSyntax> Disables,
    IReadOnlyList<RuleSyntax> Rules,
    IReadOnlyList<TableSyntax> Tables,
    IReadOnlyList<TestSyntax> Tests,
    IReadOnlyList<BlockSyntax> Blocks)
{
    /// <summary>The named measures (`let`), in file order.</summary>
    public IReadOnlyList<MeasureSyntax> Measures { get; init; } = [];
}
