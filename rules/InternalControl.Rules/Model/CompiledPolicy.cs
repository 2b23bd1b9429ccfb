using System.Text;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Rete;
using InternalControl.Rules.Runtime;
using InternalControl.Rules.Tables;
using InternalControl.Kernel.Policies;
using InternalControl.Localization;

namespace InternalControl.Rules.Model;

/// <summary>
/// A policy (a baseline with its overlays) bound into the rule model both engines build from, ready to evaluate a school. Immutable;
/// build it with <see cref="PolicyCompiler.Compile(IReadOnlyList{PolicySource}, IReadOnlyList{PolicyLanguage.Parsing.IBlockParser}?)"/>.
/// </summary>
public sealed class CompiledPolicy
{
    private readonly Lazy<ReteModel> _rete;
    private readonly Lazy<CompiledRule[]> _compiled;

    internal CompiledPolicy(
        string name,
        Country country,
        string? version,
        IReadOnlyList<PolicySource> sources,
        PolicyModel model,
        IReadOnlyList<(TestSyntax Test, PolicySource Source)> tests,
        IReadOnlyList<BlockSyntax> blocks,
        IReadOnlyList<TableSyntax> tableSyntax,
        BindContext binding)
    {
        Name = name;
        Country = country;
        Version = version;
        Sources = sources;
        Model = model;
        Rules = [.. model.Rules.Select(r => new RuleInfo(r.Name, r.Priority, r.Span, r.Display) { Titles = r.Titles })];
        TestBlocks = tests;
        Blocks = blocks;
        TableSyntax = tableSyntax;
        Binding = binding;
        _compiled = new Lazy<CompiledRule[]>(() => [.. model.Rules.Select(CompiledRule.From)]);
        _rete = new Lazy<ReteModel>(() => new ReteModel(model));
    }


    /// <summary>The name of the last policy in the chain (the school's overlay, or the baseline alone).</summary>
    public string Name { get; }

    /// <summary>The country whose calendar and regulations apply.</summary>
    public Country Country { get; }

    /// <summary>The version written in the header.</summary>
    public string? Version { get; }

    /// <summary>The files it was compiled from, baseline first.</summary>
    public IReadOnlyList<PolicySource> Sources { get; }

    /// <summary>Parameters with their effective values.</summary>
    public IReadOnlyList<PolicyParameter> Parameters => Model.Parameters;

    /// <summary>The active rules (disabled baseline rules removed), highest priority first.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>Decision tables.</summary>
    public IReadOnlyList<DecisionTable> Tables => [.. TableModels.Select(t => t.Table)];

    /// <summary>Test blocks of every file.</summary>
    public IReadOnlyList<TestSyntax> Tests => [.. TestBlocks.Select(t => t.Test)];

    /// <summary>Plug-in blocks (workflows) from every file, in order, as their parsers produced them.</summary>
    public IReadOnlyList<BlockSyntax> Blocks { get; }

    /// <summary>
    /// The decision tables as written, rows and all, of every file (one per name): what a workflow that takes a table's
    /// rows reads, so that nothing parses the sources a second time.
    /// </summary>
    public IReadOnlyList<TableSyntax> TableSyntax { get; }

    /// <summary>The typed rule model both engines build from.</summary>
    internal PolicyModel Model { get; }

    /// <summary>The expression-tree engine's rules, built from <see cref="Model"/> on first use.</summary>
    internal IReadOnlyList<CompiledRule> CompiledRules => _compiled.Value;

    internal IReadOnlyList<TableModel> TableModels => Model.Tables;

    internal IReadOnlyList<(TestSyntax Test, PolicySource Source)> TestBlocks { get; }

    internal BindContext Binding { get; }

    internal int FactCount => Model.Facts.Count;

    /// <summary>The rules as NRules' canonical model and session factory, built on first use.</summary>
    internal ReteModel Rete => _rete.Value;

    /// <summary>The title a reader of <paramref name="language"/> sees for the rule named <paramref name="rule"/>: its `title` in that language, else its name.</summary>
    public string RuleTitle(string rule, Language language) => Rules.FirstOrDefault(r => r.Name == rule)?.Title(language) ?? rule;

    /// <summary>A table by name, or null.</summary>
    public DecisionTable? Table(string name) => TableModels.FirstOrDefault(t => t.Table.Name == name)?.Table;

    /// <summary>
    /// The table tagged <paramref name="tag"/> (<c>report TAG</c> after its hit policy), or null. A policy set tags one
    /// table with a tag, its overlays included: the host refuses a second (IC2110, Workflows' ReportTagChecker).
    /// </summary>
    public DecisionTable? TableTagged(string tag) => TableModels.FirstOrDefault(t => t.Table.Report == tag)?.Table;

    /// <summary>
    /// Builds the rules of <paramref name="engine"/> now (NRules: its rule model compiled into a session factory; both:
    /// each rule's condition compiled into a delegate) rather than on the first evaluation, so that a host can build them while it
    /// reads the school. Built once per compiled policy, whichever thread asks first; later calls return at once.
    /// </summary>
    public void Prepare(RuleEngineKind engine)
    {
        if (engine == RuleEngineKind.NRules)
        {
            _rete.Value.Prepare();
        }
        else
        {
            foreach (var rule in _compiled.Value)
            {
                _ = rule.Condition;
            }
        }
    }

    /// <summary>Evaluates a whole school as of <paramref name="now"/> (batch) on the given engine.</summary>
    public EvaluationResult Evaluate(SchoolData data, SchoolCalendar calendar, DateOnly now, RuleEngineKind engine = RuleEngineKind.Compiled) =>
        OpenSession(data, calendar, now, engine).Run();

    /// <summary>Loads a school into the given engine's working memory for batch and incremental evaluation.</summary>
    public RuleSession OpenSession(SchoolData data, SchoolCalendar calendar, DateOnly now, RuleEngineKind engine = RuleEngineKind.Compiled) =>
        new(this, data, calendar, now, engine);

    /// <summary>
    /// The compiled model in a language-neutral text (concept ids, not words): a file and its translation
    /// describe the same way.
    /// </summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append("policy ").Append(Name).Append(' ').Append(Country).Append(' ').AppendLine(Version);
        foreach (var parameter in Parameters)
        {
            text.Append("parameter ").Append(parameter.Name).Append(" = ").AppendLine(TableCompiler.Format(parameter.Value));
        }

        foreach (var rule in Rules)
        {
            text.Append("rule ").Append(rule.Name).Append(" priority ").Append(rule.Priority).Append(": ").AppendLine(rule.Canonical);
        }

        foreach (var table in TableModels)
        {
            text.AppendLine(table.Canonical);
        }

        foreach (var (test, _) in TestBlocks)
        {
            text.Append("test ").Append(test.Name).Append(" given ").Append(test.Given.Count).Append(" expect ").Append(test.Expect.Count).AppendLine();
        }

        return text.ToString();
    }
}
