using InternalControl.Rules.Compilation;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Application.Tests.Policies;

/// <summary>
/// A policy file holds rules and workflows side by side: a decision table that a workflow's decide step reads
/// (Kyrgyz school No. 97, 6.1-6.4) is a rules table too, and the rules compiler accepts the workflow block.
/// </summary>
public sealed class RulesAndWorkflowsTests
{
    private const string Policy = """
        policy "p" country kg version 1

        table cause_routing hit first
            input cause                          | input absences | output next
            "absence"                            | <= 2           | "diary_notice"
            "absence"                            | 3..4           | "conversation"
            ["home_preparation", "low_ability"]  | -              | "preventive_work"
        end

        workflow "w" version 1 key pupil
          step find_cause: task class_teacher
            field cause choice [absence, home_preparation, low_ability, other] required
            field absences number
            outcome found -> route
          step route: decide table cause_routing
            otherwise -> talk
          step diary_notice: end "diary"
          step conversation: end "conversation"
          step preventive_work: end "preventive"
          step talk: end "talk"
        end
        """;

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
