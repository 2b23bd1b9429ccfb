using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Parsing;
using InternalControl.PolicyLanguage.Syntax;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>
/// From policy text to validated definitions: parses a file's <c>workflow</c> blocks (beside its rules),
/// puts in the values of the policy parameters they name, builds each through <see cref="WorkflowBuilder"/>,
/// and reports the builder's findings as coded diagnostics (IC2201, IC2301-IC2316) at the step they concern.
/// </summary>
public static class WorkflowBinder
{
    /// <summary>The block parser to hand to <see cref="PolicyParser.Parse"/>.</summary>
    public static IBlockParser Parser { get; } = new WorkflowBlockParser();

    /// <summary>
    /// Parses a policy file and binds its workflows, with the parameters and tables the file itself declares;
    /// any error in the file yields none.
    /// </summary>
    public static Result<IReadOnlyList<WorkflowDefinition>> Load(string source, string file)
    {
        var parsed = PolicyParser.Parse(source, file, [Parser]);
        if (!parsed.Succeeded)
        {
            return Result<IReadOnlyList<WorkflowDefinition>>.Failure(parsed.Diagnostics);
        }

        var scope = ScopeOf([parsed.Value!], null);
        var definitions = new List<WorkflowDefinition>();
        var diagnostics = new List<Diagnostic>(parsed.Diagnostics);
        foreach (var block in parsed.Value!.Blocks.OfType<WorkflowSyntax>())
        {
            var bound = Bind(block, scope);
            diagnostics.AddRange(bound.Diagnostics);
            if (bound.Value is { } definition)
            {
                definitions.Add(definition);
            }
        }

        diagnostics.AddRange(ReportTagChecker.Check(parsed.Value!.Blocks.OfType<WorkflowSyntax>(), parsed.Value!.Tables));
        return diagnostics.Any(d => d.IsError)
            ? Result<IReadOnlyList<WorkflowDefinition>>.Failure(diagnostics)
            : Result<IReadOnlyList<WorkflowDefinition>>.From(definitions, diagnostics);
    }

    /// <summary>
    /// What workflows may name from parsed policy files: their tables (a later file's table of the same name wins) and
    /// their parameters, with <paramref name="parameters"/> (effective values after overlays) taking precedence over
    /// the literal values written in the files.
    /// </summary>
    public static WorkflowScope ScopeOf(IReadOnlyList<PolicySyntax> files, IReadOnlyDictionary<string, object>? parameters)
    {
        ArgumentNullException.ThrowIfNull(files);
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var tables = new Dictionary<string, TableSyntax>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var parameter in file.Parameters)
            {
                if (parameter.Value is LiteralSyntax literal)
                {
                    values[parameter.Name] = literal.Value;
                }
            }

            foreach (var table in file.Tables)
            {
                tables[table.Name] = table;
            }
        }

        foreach (var (name, value) in parameters ?? new Dictionary<string, object>())
        {
            values[name] = value;
        }

        return new WorkflowScope(values, tables);
    }

    /// <summary>
    /// What workflows may name from a compiled policy: <paramref name="tables"/> as written (one per name) and the
    /// effective <paramref name="parameters"/> (after overlays).
    /// </summary>
    public static WorkflowScope ScopeOf(IReadOnlyList<TableSyntax> tables, IReadOnlyDictionary<string, object> parameters)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(parameters);
        var byName = new Dictionary<string, TableSyntax>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            byName[table.Name] = table;
        }

        return new WorkflowScope(new Dictionary<string, object>(parameters, StringComparer.Ordinal), byName);
    }

    /// <summary>Builds one workflow block into a definition, or the diagnostics that say why not.</summary>
    /// <param name="syntax">The block.</param>
    /// <param name="scope">The parameters and tables of its policy set; none when null.</param>
    public static Result<WorkflowDefinition> Bind(WorkflowSyntax syntax, WorkflowScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var diagnostics = new List<Diagnostic>();
        var replacements = new Dictionary<SourceSpan, string>();
        var steps = ParameterResolver.Resolve(syntax, scope ?? WorkflowScope.Empty, diagnostics, replacements);
        TableResolver.Resolve(syntax, steps, scope ?? WorkflowScope.Empty, diagnostics, replacements);
        AssigneeChecker.Check(syntax, steps, diagnostics);
        if (diagnostics.Count > 0)
        {
            return Result<WorkflowDefinition>.Failure(diagnostics);
        }

        var builder = new WorkflowBuilder(syntax.Name, syntax.Version).Key([.. syntax.Key]).Once(syntax.Once).Report(syntax.Report);
        foreach (var step in steps)
        {
            builder.Add(step.Step);
        }

        var result = builder.Build();
        if (result.Value is { } definition)
        {
            definition.Source = Text(syntax, replacements);
            return Result<WorkflowDefinition>.From(definition, []);
        }

        return Result<WorkflowDefinition>.Failure([.. result.Diagnostics.Select(d => d with { Span = SpanOf(syntax, d) })]);
    }

    /// <summary>
    /// The block's text with what the binder resolved written in (numbers for parameters, a table's rows for its decide
    /// step): it parses on its own. A replacement stands for every token inside its span.
    /// </summary>
    private static string Text(WorkflowSyntax syntax, Dictionary<SourceSpan, string> replacements)
    {
        if (replacements.Count == 0 || syntax.Tokens.Count == 0)
        {
            return syntax.Text;
        }

        var words = new List<string>();
        foreach (var token in syntax.Tokens)
        {
            var cover = replacements.Keys.FirstOrDefault(r => token.Span.Offset >= r.Offset && token.Span.Offset < Math.Max(r.End, r.Offset + 1));
            if (cover is null)
            {
                words.Add(token.Text);
            }
            else if (token.Span.Offset == cover.Offset)
            {
                words.Add(replacements[cover]);
            }
        }

        return string.Join(" ", words);
    }

    /// <summary>The span of the step a message names (its second argument is the step id), else the block's.</summary>
    private static SourceSpan SpanOf(WorkflowSyntax syntax, Diagnostic message) =>
        message.Args.Count > 1 && message.Args[1] is string id && syntax.Steps.FirstOrDefault(s => s.Step.Id == id) is { } step
            ? step.Span
            : syntax.Span;
}
