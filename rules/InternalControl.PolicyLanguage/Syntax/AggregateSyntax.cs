using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`count(mark g where ...)`, `avg(mark g: g.value where ...)`: an aggregate over related facts.</summary>
/// <remarks>Aggregate: The keyword concept: Kw.Count, Kw.Sum, Kw.Avg, Kw.Min, Kw.Max, Kw.Exists, Kw.None.</remarks>
public sealed record AggregateSyntax(SourceSpan Span, string Aggregate, string Type, SourceSpan TypeSpan, string Variable, ExpressionSyntax? Projection, ExpressionSyntax? Where) : ExpressionSyntax(Span)
{
    /// <summary>The counting window written after the variable (`in current_year`), or null for the current quarter.</summary>
    public WindowSyntax? Window { get; init; }
}
