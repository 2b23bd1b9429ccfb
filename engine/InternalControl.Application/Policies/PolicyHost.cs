using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Parsing;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Model;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;
using InternalControl.Kernel.Policies;
using InternalControl.Application.Telemetry;

namespace InternalControl.Application.Policies;

/// <summary>
/// Compiles policy files the way every entry point must: the rules with the workflow block parser,
/// then the workflow blocks bound to definitions, so that a file that checks with `ic rules check` is
/// the file that runs, and a file with an error anywhere — rule or workflow — is never loaded.
/// </summary>
public static class PolicyHost
{
    /// <summary>The block parsers every compilation uses.</summary>
    public static IReadOnlyList<IBlockParser> BlockParsers { get; } = [WorkflowBinder.Parser];

    /// <summary>Compiles a baseline and its overlays with their workflows.</summary>
    public static Result<HostedPolicy> Compile(IReadOnlyList<PolicySource> sources)
    {
        IcTelemetry.Compilations.Add(1);
        var compiled = PolicyCompiler.Compile(sources, BlockParsers);
        if (!compiled.Succeeded || compiled.Errors.Any())
        {
            return Result<HostedPolicy>.Failure(compiled.Diagnostics);
        }

        var diagnostics = new List<Diagnostic>(compiled.Diagnostics);
        var catalog = new WorkflowCatalog([]);
        var scope = Scope(compiled.Value!);
        foreach (var block in compiled.Value!.Blocks.OfType<WorkflowSyntax>())
        {
            var bound = WorkflowBinder.Bind(block, scope);
            diagnostics.AddRange(bound.Diagnostics);
            if (bound.Value is { } definition && catalog.Add(definition) is { } clash)
            {
                diagnostics.Add(clash with { Span = block.Span });
            }
        }

        // One tag names one table of the whole set, and one workflow of a file (IC2110; an overlay's copy takes a workflow's tag over).
        diagnostics.AddRange(ReportTagChecker.Check(compiled.Value!.Blocks.OfType<WorkflowSyntax>(), compiled.Value!.TableSyntax));

        return diagnostics.Any(d => d.IsError)
            ? Result<HostedPolicy>.Failure(diagnostics)
            : Result<HostedPolicy>.From(new HostedPolicy(compiled.Value, catalog), diagnostics);
    }

    /// <summary>
    /// What workflows may name: the parameters with their effective values (after the overlays, so an overlay's
    /// deadline reaches the cases started after it) and the decision tables of every file, as the compilation read them.
    /// </summary>
    private static WorkflowScope Scope(CompiledPolicy policy) =>
        WorkflowBinder.ScopeOf(policy.TableSyntax, policy.Parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));
}
