using InternalControl.Localization;
using InternalControl.Workflows.Diagrams;

namespace InternalControl.Workflows.Tests;

/// <summary>
/// The case page's drawing: the steps a case stands at are marked, the labels are in the reader's language, and a
/// drawing kept from an earlier view never stands in for another case's steps or another reader's language.
/// </summary>
public sealed class SvgDiagramTests
{
    [Fact]
    public void Render_AnotherCasesSteps_MarksThoseSteps()
    {
        // Arrange: Kyrgyz school No. 97, 5.1-5.9; one case at the subject teacher's individual work, then one closed.
        var definition = TestWorkflows.LowAchieverDefinition();
        var atWork = SvgDiagram.Render(definition, Language.Ru, ["individual_work"]);

        // Act
        var closed = SvgDiagram.Render(definition, Language.Ru, []);
        var again = SvgDiagram.Render(definition, Language.Ru, ["individual_work"]);

        // Assert
        Assert.Contains("<g class=\"step now\"><title>Индивидуальная работа с обучающимся (5.1–5.9)", atWork, StringComparison.Ordinal);
        Assert.DoesNotContain("step now", closed, StringComparison.Ordinal);
        Assert.Equal(atWork, again);
    }

    [Fact]
    public void Render_AnotherReadersLanguage_LabelsInThatLanguage()
    {
        // Arrange: Kyrgyz school No. 97, 5.1-5.9, drawn first for a Russian reader.
        var definition = TestWorkflows.LowAchieverDefinition();
        var russian = SvgDiagram.Render(definition, Language.Ru, ["individual_work"]);

        // Act
        var english = SvgDiagram.Render(definition, Language.En, ["individual_work"]);

        // Assert
        Assert.Contains("Индивидуальная работа", russian, StringComparison.Ordinal);
        Assert.DoesNotContain("Индивидуальная работа", english, StringComparison.Ordinal);
        Assert.Contains("<g class=\"step now\">", english, StringComparison.Ordinal);
    }
}
