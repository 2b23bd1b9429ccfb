using InternalControl.Engine.Diagnostics;
using InternalControl.PolicyLanguage.Parsing;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>
/// From policy text to validated definitions: parses a file's <c>workflow</c> blocks (beside its rules),
/// builds each through <see cref="WorkflowBuilder"/>, and reports the builder's findings as coded
/// diagnostics (IC2201) at the step they concern.
/// </summary>
public static class WorkflowBinder
{
    /// <summary>The block parser to hand to <see cref="PolicyParser.Parse"/>.</summary>
    public static IBlockParser Parser { get; } = new WorkflowBlockParser();

    /// <summary>Parses a policy file and binds its workflows; any error in the file yields none.</summary>
    public static Result<IReadOnlyList<WorkflowDefinition>> Load(string source, string file)
    {
        var parsed = PolicyParser.Parse(source, file, [Parser]);
        if (!parsed.Succeeded)
        {
            return Result<IReadOnlyList<WorkflowDefinition>>.Failure(parsed.Diagnostics);
        }

        var definitions = new List<WorkflowDefinition>();
        var diagnostics = new List<Diagnostic>(parsed.Diagnostics);
        foreach (var block in parsed.Value!.Blocks.OfType<WorkflowSyntax>())
        {
            var bound = Bind(block);
            diagnostics.AddRange(bound.Diagnostics);
            if (bound.Value is { } definition)
            {
                definitions.Add(definition);
            }
        }

        return diagnostics.Any(d => d.IsError)
            ? Result<IReadOnlyList<WorkflowDefinition>>.Failure(diagnostics)
            : Result<IReadOnlyList<WorkflowDefinition>>.From(definitions, diagnostics);
    }

    /// <summary>Builds one workflow block into a definition, or the diagnostics that say why not.</summary>
    public static Result<WorkflowDefinition> Bind(WorkflowSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var builder = new WorkflowBuilder(syntax.Name, syntax.Version).Key([.. syntax.Key]).Once(syntax.Once);
        foreach (var step in syntax.Steps)
        {
            builder.Add(step.Step);
        }

        var result = builder.Build();
        if (result.Definition is { } definition)
        {
            definition.Source = syntax.Text;
            return Result<WorkflowDefinition>.From(definition, []);
        }

        var diagnostics = result.Diagnostics
            .Select(m => Diagnostic.Error("IC2201", SpanOf(syntax, m), m.Key, [.. m.Args]))
            .ToList();
        return Result<WorkflowDefinition>.Failure(diagnostics);
    }

    /// <summary>The span of the step a message names (its second argument is the step id), else the block's.</summary>
    private static SourceSpan SpanOf(WorkflowSyntax syntax, WorkflowMessage message) =>
        message.Args.Count > 1 && message.Args[1] is string id && syntax.Steps.FirstOrDefault(s => s.Step.Id == id) is { } step
            ? step.Span
            : syntax.Span;
}
