using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;
using InternalControl.Workflows.Diagrams;

namespace InternalControl.Workflows.Tests;

/// <summary>The definition model: validated by construction, hashed, drawn.</summary>
public sealed class DefinitionTests
{
    [Fact]
    public void Build_JoinOutsideParallel_ReportedInKyrgyz()
    {
        // Arrange
        var builder = new WorkflowBuilder("w").Key("pupil")
            .Task("a", WorkflowRole.ClassTeacher, t => t.Outcome("ok", WorkflowDefinition.Join))
            .End("b", "ok");

        // Act
        var result = builder.Build();

        // Assert
        Assert.Equal(
            "«w» процесси: «a» кадамы параллелдүү кадамдын биригүү чекитине өтөт, бирок анын тармактарынын ичинде эмес.",
            Assert.Single(result.Diagnostics).Message(Language.Ky));
    }

    [Fact]
    public void Build_ReminderAfterDeadline_Refused()
    {
        // Arrange
        var builder = new WorkflowBuilder("w").Key("pupil")
            .Task("a", WorkflowRole.ClassTeacher, t => t.Outcome("ok", "b").Due(5, remind: 7))
            .End("b", "ok");

        // Act
        var result = builder.Build();

        // Assert
        Assert.Equal("Workflows.Definition.BadDeadline", Assert.Single(result.Diagnostics).MessageKey);
    }

    [Fact]
    public void Hash_DeadlineChanged_Differs()
    {
        // Arrange
        static WorkflowDefinition With(int days) => new WorkflowBuilder("w").Key("pupil")
            .Task("a", WorkflowRole.ClassTeacher, t => t.Outcome("ok", "b").Due(days))
            .End("b", "ok").BuildOrThrow();

        // Act
        var (five, six) = (With(5).Hash, With(6).Hash);

        // Assert
        Assert.NotEqual(five, six);
        Assert.Equal(five, With(5).Hash);
    }

    [Fact]
    public void Add_SameVersionChangedText_Refused()
    {
        // Arrange
        var catalog = new WorkflowCatalog([TestWorkflows.CouncilDefinition()]);
        var changed = new WorkflowBuilder(TestWorkflows.PedagogicalCouncil).Key("pupil", "subject", "term")
            .Task("decide_repeat", WorkflowRole.DeputyDirector, t => t.Outcome("decided", "done"))
            .End("done", "decided").BuildOrThrow();

        // Act
        var refusal = catalog.Add(changed);

        // Assert
        Assert.Equal("Workflows.Definition.ChangedWithoutVersion", refusal?.MessageKey);
        Assert.Equal(WorkflowRole.Director, ((TaskStep)catalog.Find(TestWorkflows.PedagogicalCouncil, 1)!.StartStep).Role);
    }

    [Fact]
    public void Add_TheSameDefinitionAgain_IsAcceptedAndAllListsByNameThenVersion()
    {
        // Arrange: a policy set read twice adds each definition twice.
        var council = TestWorkflows.CouncilDefinition();
        var catalog = new WorkflowCatalog([WorkflowBinder.Load("workflow \"b\" version 2 key pupil\n  step done: end \"x\"\nend\n", "b.icp").Value![0], council]);
        catalog.Add(WorkflowBinder.Load("workflow \"b\" version 1 key pupil\n  step done: end \"x\"\nend\n", "b.icp").Value![0]);

        // Act
        var again = catalog.Add(council);

        // Assert
        Assert.Null(again);
        Assert.Equal([("b", 1), ("b", 2), (TestWorkflows.PedagogicalCouncil, 1)], catalog.All.Select(d => (d.Name, d.Version)));
    }

    [Fact]
    public void Render_SmallWorkflow_MermaidFlowchart()
    {
        // Arrange
        var definition = TestWorkflows.EveryKindOfStep();

        // Act
        var text = MermaidDiagram.Render(definition);

        // Assert
        Assert.Equal(
            """
            flowchart TD
                %% w v1
                tell>"tell<br/>notify: parents"]
                both{{"both<br/>parallel"}}
                a["a<br/>task: class_teacher<br/>due: 3 school days"]
                b(["b<br/>wait: 2 school days"])
                pick{"pick"}
                sub[["sub<br/>start: other"]]
                done(("done<br/>ok"))
                tell --> both
                both --> a
                both --> b
                a -- ok --> both_join
                b --> both_join
                pick -- x in 1 --> done
                pick -- otherwise --> sub
                sub --> done
                both_join{{join}}
                both_join --> pick

            """.ReplaceLineEndings("\n"),
            text);
    }
}
