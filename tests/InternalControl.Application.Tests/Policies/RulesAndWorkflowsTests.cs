using InternalControl.Rules.Compilation;
using InternalControl.Testing.Policies;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Application.Tests.Policies;

/// <summary>
/// A policy file holds rules and workflows side by side: a decision table that a workflow's decide step reads
/// (Kyrgyz school No. 97, 6.1-6.4) is a rules table too, and the rules compiler accepts the workflow block.
/// </summary>
public sealed class RulesAndWorkflowsTests
{
    private const string Policy = PolicyText.CauseRouting;

    [Fact]
    public void Compile_TableUsedByADecideStep_CompilesAsARulesTable()
    {
        // Act
        var compiled = PolicyCompiler.Compile(Policy, "p.icp", [WorkflowBinder.Parser]);

        // Assert
        Assert.True(compiled.Succeeded);
        Assert.Contains(compiled.Value!.Tables, t => t.Name == "cause_routing");
    }
}
