using System.Linq.Expressions;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// Named measures (`let unexcused = count(absence a where ...)`): the measure's expression is bound where its name is
/// used, with the pupil and subject of that rule, so both engines run it as if it were written there. Inside a
/// measure the rule's own variable names are not visible (a measure is shared by rules that name them differently);
/// its aggregates are those of the bound pupil and subject, as everywhere.
/// </summary>
internal sealed partial class ExpressionBinder
{
    /// <summary>The variables key prefix that hides a rule's variables from a measure's text (never a valid name: it has a space).</summary>
    private const string HiddenPrefix = " let ";

    private Bound? TryBindMeasure(NameSyntax name)
    {
        if (!context.Measures.TryGet(name.Name, out var measure))
        {
            return null;
        }

        context.Measures.Used.Add(measure.Name);
        if (context.Measures.Binding.Contains(measure.Name))
        {
            var path = string.Join(" -> ", context.Measures.Binding.SkipWhile(m => m != measure.Name).Append(measure.Name));
            context.Error("IC1700", measure.NameSpan, "Rules.Measure.Cycle", measure.Name, path);
            return Bound.Failure(Zero, ValueKind.Number);
        }

        var hidden = new Dictionary<string, Variable>(StringComparer.Ordinal);
        foreach (var (key, variable) in variables)
        {
            hidden[key == ScopeKey || key.StartsWith(HiddenPrefix, StringComparison.Ordinal) ? key : HiddenPrefix + key] = variable;
        }

        var errors = context.Diagnostics.Count;
        context.Measures.Binding.Add(measure.Name);
        try
        {
            return new ExpressionBinder(context, hidden).Bind(measure.Value);
        }
        finally
        {
            context.Measures.Binding.RemoveAt(context.Measures.Binding.Count - 1);
            if (context.Measures.Binding.Count == 0)
            {
                context.Measures.Deduplicate(context.Diagnostics, errors);
            }
        }
    }
}
