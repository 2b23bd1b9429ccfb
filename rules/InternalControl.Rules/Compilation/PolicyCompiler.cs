using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Text;
using InternalControl.PolicyLanguage.Parsing;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Vocabularies;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Rules.Tables;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// Compiles policy files: source -> syntax -> the typed rule model (<see cref="PolicyModel"/>, conditions and actions as
/// expression trees) that both engines build from. The first
/// file is the baseline; each next one is an overlay that `extends` an earlier one: it may override declared
/// parameters, disable rules and add rules, tables and tests, never edit a baseline rule. A next file whose
/// header repeats the baseline's name and extends nothing is a part of the baseline (it may declare parameters).
/// Any error in any file means nothing is loaded.
/// </summary>
public static partial class PolicyCompiler
{
    /// <summary>Compiles one file.</summary>
    public static Result<CompiledPolicy> Compile(string source, string file, IReadOnlyList<IBlockParser>? blockParsers = null) =>
        Compile([new PolicySource(file, source)], blockParsers);

    /// <summary>Compiles a baseline (first) and its overlays (in order).</summary>
    public static Result<CompiledPolicy> Compile(IReadOnlyList<PolicySource> sources, IReadOnlyList<IBlockParser>? blockParsers = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var diagnostics = new List<Diagnostic>();
        var parsed = new List<(PolicySyntax Syntax, PolicySource Source)>();
        foreach (var source in sources)
        {
            var result = PolicyParser.Parse(source.Text, source.File, blockParsers);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Succeeded)
            {
                parsed.Add((result.Value, source));
            }
        }

        if (parsed.Count != sources.Count || sources.Count == 0)
        {
            return Result<CompiledPolicy>.Failure(diagnostics);
        }

        var policy = Bind(parsed, diagnostics);
        return policy is null ? Result<CompiledPolicy>.Failure(diagnostics) : Result<CompiledPolicy>.From(policy, diagnostics);
    }

    private static CompiledPolicy? Bind(List<(PolicySyntax Syntax, PolicySource Source)> files, List<Diagnostic> diagnostics)
    {
        var context = new BindContext(Vocabulary.Default, diagnostics);
        var errors = diagnostics.Count(d => d.IsError);
        var names = new List<string>();
        var country = Country.Kg;
        string? version = null;
        var parameters = new List<PolicyParameter>();
        var rules = new List<(RuleSyntax Rule, int File)>();
        var ruleFiles = new Dictionary<string, int>(StringComparer.Ordinal);
        var tables = new List<TableSyntax>();
        var tableNames = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < files.Count; f++)
        {
            var (syntax, source) = files[f];
            var header = syntax.Header;
            if (header is null)
            {
                context.Error("IC1230", new SourceSpan(source.File, 0, 0, 1, 1), "Rules.MissingHeader");
                continue;
            }

            // A later file that repeats the baseline's name (and extends nothing) is a part of the baseline: a
            // country ships its policy in several files (one per regulation) that may each declare parameters.
            var part = f > 0 && header.Extends is null && names.Count > 0 && header.Name == names[0];
            if (f > 0 && !part && (header.Extends is null || !names.Contains(header.Extends)))
            {
                context.Error("IC1243", header.ExtendsSpan ?? header.Span, "Rules.ExtendsMismatch", header.Name, header.Extends ?? "", string.Join(", ", names));
            }

            names.Add(header.Name);
            version = header.Version ?? version;
            if (header.Country is not null && !Codes.TryParseCountry(header.Country, out country))
            {
                context.Error("IC1220", header.Span, "Rules.UnknownCountry", header.Country);
            }

            BindParameters(syntax, part ? 0 : f, parameters, context);
            foreach (var disable in syntax.Disables)
            {
                if (f == 0 || !ruleFiles.Remove(disable.RuleName))
                {
                    context.Error("IC1241", disable.Span, "Rules.UnknownRule", disable.RuleName);
                    continue;
                }

                rules.RemoveAt(rules.FindIndex(r => r.Rule.Name == disable.RuleName));
            }

            foreach (var rule in syntax.Rules)
            {
                // By name through a dictionary: a search of the list per rule made a policy of 40,000 rules quadratic (finding 2).
                if (ruleFiles.TryGetValue(rule.Name, out var existing))
                {
                    context.Error(existing < f && !part ? "IC1242" : "IC1210", rule.Span, existing < f && !part ? "Rules.CannotEditBaselineRule" : "Rules.Duplicate", rule.Name);
                    continue;
                }

                ruleFiles[rule.Name] = f;
                rules.Add((rule, f));
            }

            foreach (var table in syntax.Tables)
            {
                if (!tableNames.Add(table.Name))
                {
                    context.Error("IC1210", table.Span, "Rules.Duplicate", table.Name);
                    continue;
                }

                tables.Add(table);
            }
        }

        DeclareMeasures(files.Select(f => f.Syntax), tableNames, context);
        foreach (var assert in rules.SelectMany(r => r.Rule.Then).OfType<AssertActionSyntax>())
        {
            context.Facts.TryAdd(assert.Fact, context.Facts.Count);
        }

        var tableModels = new List<TableModel>();
        foreach (var table in tables)
        {
            if (TableCompiler.Compile(table, context) is { } model)
            {
                tableModels.Add(model);
                context.Tables[table.Name] = model;
            }
        }

        var definitions = new List<RuleDefinition>();
        foreach (var (rule, _) in rules.OrderByDescending(r => r.Rule.Priority))
        {
            if (RuleCompiler.Compile(rule, context) is { } definition)
            {
                definitions.Add(definition);
            }
        }

        ReportUnusedMeasures(context);
        if (diagnostics.Count(d => d.IsError) > errors)
        {
            return null;
        }

        var tests = files.SelectMany(f => f.Syntax.Tests.Select(t => (t, f.Source))).ToList();
        var blocks = files.SelectMany(f => f.Syntax.Blocks).ToList();
        var policyModel = new PolicyModel(definitions, [.. context.Facts.Select(f => new DerivedFactType(f.Key, f.Value)).OrderBy(f => f.Id)], tableModels, parameters);
        return new CompiledPolicy(names[^1], country, version, [.. files.Select(f => f.Source)], policyModel, tests, blocks, tables, context);
    }

    private static void BindParameters(PolicySyntax syntax, int file, List<PolicyParameter> parameters, BindContext context)
    {
        var binder = new ExpressionBinder(context, []);
        foreach (var parameter in syntax.Parameters)
        {
            var bound = binder.Bind(parameter.Value);
            var value = TableCompiler.Constant(bound);
            if (value is null)
            {
                context.Error("IC1216", parameter.Value.Span, "Rules.ParameterNotConstant", parameter.Name);
                continue;
            }

            var existing = parameters.FindIndex(p => p.Name == parameter.Name);
            if (file == 0)
            {
                if (existing >= 0)
                {
                    context.Error("IC1210", parameter.Span, "Rules.Duplicate", parameter.Name);
                    continue;
                }

                parameters.Add(new PolicyParameter(parameter.Name, value, parameter.Description, parameter.Span, false));
                context.Parameters[parameter.Name] = (value, bound.Kind);
                continue;
            }

            if (existing < 0)
            {
                var suggestion = Suggestions.Best(parameter.Name, parameters.Select(p => p.Name));
                context.Error("IC1240", parameter.Span, suggestion is null ? "Rules.UnknownParameter" : "Rules.UnknownParameterDidYouMean", parameter.Name, suggestion);
                continue;
            }

            if (context.Parameters[parameter.Name].Kind != bound.Kind)
            {
                context.Error("IC1244", parameter.Value.Span, "Rules.ParameterKind", parameter.Name, ExpressionBinder.KindName(context.Parameters[parameter.Name].Kind), ExpressionBinder.KindName(bound.Kind));
                continue;
            }

            parameters[existing] = parameters[existing] with { Value = value, Overridden = true, Description = parameter.Description ?? parameters[existing].Description };
            context.Parameters[parameter.Name] = (value, bound.Kind);
        }
    }
}
