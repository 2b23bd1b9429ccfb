using System.Linq.Expressions;
using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Vocabularies;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Rules.Tables;

namespace InternalControl.Rules.Compilation;

/// <summary>What the binder knows while it binds one policy: parameters, tables, derived facts, diagnostics.</summary>
internal sealed class BindContext(Vocabulary vocabulary, List<Diagnostic> diagnostics)
{
    public Vocabulary Vocabulary { get; } = vocabulary;

    public List<Diagnostic> Diagnostics { get; } = diagnostics;

    public ParameterExpression Ctx { get; } = Expression.Parameter(typeof(EvalContext), "ctx");

    public Dictionary<string, (object Value, ValueKind Kind)> Parameters { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TableModel> Tables { get; } = new(StringComparer.Ordinal);

    /// <summary>The values the actions of the rule being bound compute (checked for a division by 0 with the condition).</summary>
    public List<Expression> ActionValues { get; } = [];

    /// <summary>The named measures (`let`).</summary>
    public MeasureScope Measures { get; } = new();

    /// <summary>Derived fact names by id (the order of first assert).</summary>
    public Dictionary<string, int> Facts { get; } = new(StringComparer.Ordinal);

    /// <summary>Derived facts the rule being bound reads.</summary>
    public HashSet<int> FactsRead { get; } = [];

    /// <summary>True when the rule being bound aggregates marks of every subject of the pupil (not only the bound subject).</summary>
    public bool PupilWideMarks { get; set; }

    /// <summary>True when the rule being bound divides by a value that may be 0 at run time (its condition is guarded).</summary>
    public bool Divides { get; set; }

    /// <summary>Above 0 while the arguments of weighted_mean are bound: a division by 0 there is a part without marks.</summary>
    public int DivisionMeansNoValue { get; set; }

    /// <summary>The aggregates of the rule being bound, in the order they were bound (nested ones first).</summary>
    public List<AggregateDefinition> Aggregates { get; } = [];

    /// <summary>Witness collectors of the rule being bound (one per aggregate over marks or absences).</summary>
    public List<Expression<Action<EvalContext, List<FactRef>>>> Witnesses { get; } = [];

    public void Error(string code, SourceSpan span, string key, params object?[] args) =>
        Diagnostics.Add(Diagnostic.Error(code, span, key, args));

    public void Warning(string code, SourceSpan span, string key, params object?[] args) =>
        Diagnostics.Add(Diagnostic.Warning(code, span, key, args));
}
