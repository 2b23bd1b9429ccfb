using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>Workflow blocks in policy text: parsed, bound, and the same definition as the one built in code.</summary>
public sealed class WorkflowBlockParserTests
{
    [Fact]
    public void Load_ReferenceWorkflowText_SameDefinitionAsBuiltInCode()
    {
        // Arrange: Kyrgyz school No. 97, 5.7-9.5, written in the policy language.
        var source = PolicyTexts.LowAchieverEn;

        // Act
        var result = WorkflowBinder.Load(source, "school-97.policy");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        Assert.Equal(ReferenceWorkflows.LowAchieverDefinition().Hash, Assert.Single(result.Value!).Hash);
    }

    [Fact]
    public void Load_KyrgyzKeywords_SameDefinitionAsBuiltInCode()
    {
        // Arrange
        var source = PolicyTexts.CouncilKy;

        // Act
        var result = WorkflowBinder.Load(source, "council.policy");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        Assert.Equal(ReferenceWorkflows.CouncilDefinition().Hash, Assert.Single(result.Value!).Hash);
    }

    [Fact]
    public void Load_UnknownRole_ReportedInRussian()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step a: task janitor
                outcome ok -> b
              step b: end "ok"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.policy");

        // Assert
        var error = Assert.Single(result.Errors);
        Assert.Equal(("IC2102", 2), (error.Code, error.Span.Line));
        Assert.Equal("«janitor» — не роль: классный_руководитель, учитель_предметник, завуч, директор, психолог, социальный_педагог или родители.", error.Message(Language.Ru));
    }

    [Fact]
    public void Load_OutcomeToMissingStep_ReportedAtTheStepInKazakh()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step a: task class_teacher
                outcome ok -> nowhere
              step b: end "ok"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.policy");

        // Assert
        var error = Assert.Single(result.Errors);
        Assert.Equal(("IC2305", 2), (error.Code, error.Span.Line));
        Assert.Equal("«w» процесі: «a» қадамы «nowhere» қадамына апарады, бірақ ондай қадам жоқ.", error.Message(Language.Kk));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ky")]
    [InlineData("ru")]
    public void Load_ReadmeExampleInEachLanguage_SameDefinitionAsEnglish(string language)
    {
        // Arrange
        var source = language switch { "kk" => ReadmeExamples.Kk, "ky" => ReadmeExamples.Ky, _ => ReadmeExamples.Ru };
        var english = WorkflowBinder.Load(ReadmeExamples.En, "en.policy").Value!.Single();

        // Act
        var result = WorkflowBinder.Load(source, language + ".policy");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        Assert.Equal(english.Hash, Assert.Single(result.Value!).Hash);
    }
}
