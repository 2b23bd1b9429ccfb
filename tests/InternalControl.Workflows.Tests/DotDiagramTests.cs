using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Diagrams;

namespace InternalControl.Workflows.Tests;

/// <summary>Graphviz DOT beside Mermaid: the same nodes and edges; labels localized as Mermaid's are.</summary>
public sealed class DotDiagramTests
{
    [Fact]
    public void Render_EveryStepKind_NodesAndEdges()
    {
        // Arrange
        var definition = TestWorkflows.EveryKindOfStep();

        // Act
        var text = DotDiagram.Render(definition);

        // Assert
        Assert.Equal(
            """
            digraph "w" {
                // w v1
                rankdir=TB;
                "tell" [shape=cds, label="tell\nnotify: parents"];
                "both" [shape=hexagon, label="both\nparallel"];
                "a" [shape=box, label="a\ntask: class_teacher\ndue: 3 school days"];
                "b" [shape=oval, label="b\nwait: 2 school days"];
                "pick" [shape=diamond, label="pick"];
                "sub" [shape=box, peripheries=2, label="sub\nstart: other"];
                "done" [shape=doublecircle, label="done\nok"];
                "both_join" [shape=hexagon, label="join"];
                "tell" -> "both";
                "both" -> "a";
                "both" -> "b";
                "a" -> "both_join" [label="ok"];
                "b" -> "both_join";
                "pick" -> "done" [label="x in 1"];
                "pick" -> "sub" [label="otherwise"];
                "sub" -> "done";
                "both_join" -> "pick";
            }

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Render_Russian_StepRoleAndOutcomeNamesFromTheCatalog()
    {
        // Arrange: Kyrgyz school No. 97, 5.1-5.9.
        var definition = TestWorkflows.LowAchieverDefinition();

        // Act
        var text = DotDiagram.Render(definition, Language.Ru);

        // Assert
        Assert.Contains("\"individual_work\" [shape=box, label=\"Индивидуальная работа с обучающимся (5.1–5.9)\\nзадача: учитель-предметник\\nсрок (учебных дней): 10\"];", text, StringComparison.Ordinal);
        Assert.Contains("\"individual_work\" -> \"closed_improved\" [label=\"результаты улучшились\"];", text, StringComparison.Ordinal);
        Assert.Contains("[label=\"иначе\"]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LabelWithQuotesAndBackslash_Escaped()
    {
        // Arrange: an end result is the author's text.
        var definition = new WorkflowBuilder("q").Key("pupil").End("done", "say \"no\" \\ stop").BuildOrThrow();

        // Act
        var text = DotDiagram.Render(definition);

        // Assert
        Assert.Contains("label=\"done\\nsay \\\"no\\\" \\\\ stop\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MermaidRender_Kyrgyz_LabelsLocalizedLikeDot()
    {
        // Arrange
        var definition = TestWorkflows.LowAchieverDefinition();

        // Act
        var text = MermaidDiagram.Render(definition, Language.Ky);

        // Assert
        Assert.Contains("-->|\"болбосо\"|", text, StringComparison.Ordinal);
        Assert.DoesNotContain("otherwise", text, StringComparison.Ordinal);
    }
}
