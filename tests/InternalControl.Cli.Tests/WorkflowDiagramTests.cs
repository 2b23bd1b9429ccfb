namespace InternalControl.Cli.Tests;

/// <summary>`ic workflow diagram NAME --format mermaid|dot`.</summary>
public sealed class WorkflowDiagramTests
{
    [Fact]
    public void WorkflowDiagram_FormatDot_DigraphInRussian()
    {
        // Arrange
        using var school = new SchoolFixture();

        // Act
        var run = school.Run("workflow", "diagram", "low-achiever", "--format", "dot", "--lang", "ru");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("digraph \"low-achiever\" {", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"route\" -> \"talk_subject_teacher\" [label=\"иначе\"];", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkflowDiagram_UnknownFormat_RefusedInKyrgyz()
    {
        // Arrange
        using var school = new SchoolFixture();

        // Act
        var run = school.Run("workflow", "diagram", "low-achiever", "--format", "svg", "--lang", "ky");

        // Assert
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("диаграмманын форматы mermaid же dot болушу керек, «svg» эмес.", run.Out + run.Error, StringComparison.Ordinal);
    }
}
