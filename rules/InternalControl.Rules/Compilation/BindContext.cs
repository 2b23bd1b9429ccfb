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

    /// <summary>Derived fact names by id (the order of first assert).</summary>
    public Dictionary<string, int> Facts { get; } = new(StringComparer.Ordinal);

    /// <summary>Derived facts the rule being bound reads.</summary>
    public HashSet<int> FactsRead { get; } = [];

    /// <summary>True when the rule being bound aggregates marks of every subject of the pupil (not only the bound subject).</summary>
    public bool PupilWideMarks { get; set; }

    /// <summary>Witness collectors of the rule being bound (one per aggregate over marks or absences).</summary>
    public List<Expression<Action<EvalContext, List<FactRef>>>> Witnesses { get; } = [];

    public void Error(string code, SourceSpan span, string key, params object?[] args) =>
        Diagnostics.Add(Diagnostic.Error(code, span, key, args));
}
