using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>Workflow blocks in policy text: parsed and bound, the same definition whatever language the keywords are in.</summary>
public sealed class WorkflowBlockParserTests
{
    [Fact]
    public void Load_LowAchieverText_BindsEveryStepInOrder()
    {
        // Arrange: Kyrgyz school No. 97, 5.7-9.5, written in the policy language.
        var source = PolicyTexts.LowAchieverEn;

        // Act
        var result = WorkflowBinder.Load(source, "school-97.policy");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        var definition = Assert.Single(result.Value!);
        Assert.Equal(["pupil", "subject", "term"], definition.Key);
        Assert.Equal(
            ["start", "individual_work", "report_5_10", "find_cause", "route", "diary_notice", "parent_conversation", "preventive_work",
             "administration", "talk_subject_teacher", "inspection", "review_wait", "review", "small_council", "invite_parents",
             "council_meeting", "council_decision", "closed_improved", "commission_end", "closed_council"],
            definition.Steps.Select(s => s.Id));
        Assert.IsType<DecideStep>(definition.Step("route"));
    }

    [Fact]
    public void Load_KyrgyzKeywords_SameDefinitionAsEnglishKeywords()
    {
        // Arrange
        var source = PolicyTexts.CouncilKy;
        const string english = """
            workflow "pedagogical-council" version 1 key pupil, subject, term
              step decide_repeat: task director
                field decision choice [promote, repeat_course, conditional] required
                outcome decided -> done
                due 10 school_days
              step done: end "decided"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "council.policy");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        Assert.Equal(Assert.Single(WorkflowBinder.Load(english, "council-en.policy").Value!).Hash, Assert.Single(result.Value!).Hash);
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
        var error = TestWorkflows.SingleError(source, "w.policy");

        // Assert
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
        var error = TestWorkflows.SingleError(source, "w.policy");

        // Assert
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

    [Fact]
    public void Load_TwoBlocks_EachStoredTextBindsToItsOwnDefinitionAlone()
    {
        // Arrange: a running case resolves its definition from the stored text alone; the text must end at its own
        // block's "end", not at a step's kind "end" nor at the end of the file.
        const string source = """
            workflow "first" key pupil
              step done: end "ok"
            end

            workflow "second" key pupil
              step tell: notify parents template "T" -> done
              step done: end "told"
            end
            """;
        var first = WorkflowBinder.Load(source, "w.policy").Value![0];

        // Act
        var again = WorkflowBinder.Load(first.Source!, "stored");

        // Assert
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics.Select(d => d.Render(Language.En, first.Source!))));
        Assert.Equal(first.Hash, Assert.Single(again.Value!).Hash);
    }
}
