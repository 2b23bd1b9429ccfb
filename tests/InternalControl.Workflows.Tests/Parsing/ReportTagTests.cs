using InternalControl.Kernel.Concepts;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>`report TAG` tells the reports what a workflow, a step or an end is, in any of the four languages.</summary>
public sealed class ReportTagTests
{
    [Fact]
    public void Load_TagsOnTheWorkflowATaskANotifyAndAnEnd_AreOnTheDefinition()
    {
        // Arrange
        const string source = """
            workflow "w" version 1 key pupil once report low_achievers
              step work: task subject_teacher
                outcome improved -> done
                outcome no_change -> tell
                report individual_work
              step tell: notify parents template "LowAchiever.DiaryNotice" -> done report diary_notice
              step done: end "improved" report improved
            end
            """;

        // Act
        var definition = Assert.Single(WorkflowBinder.Load(source, "w.icp").Value!);

        // Assert
        Assert.Equal(
            (ReportTag.LowAchievers, "work", "tell", "done"),
            (definition.Report, definition.StepTagged(ReportTag.IndividualWork)?.Id, definition.StepTagged(ReportTag.DiaryNotice)?.Id, definition.StepTagged(ReportTag.Improved)?.Id));
    }

    [Fact]
    public void Load_FieldTagAfterAField_TagsTheFieldAndTheStepKeepsItsOwnTag()
    {
        // Arrange: No. 97 9.5's council, its fields named in Kyrgyz; `report council_decision` after the last field's tag
        // is a step's tag and stays the step's.
        const string source = """
            workflow "w" version 1 key pupil
              step council: task director
                field чечим choice [promote, repeat_course] required report decision
                field протокол_номери text report minutes_number
                field протокол_күнү date required report minutes_date
                report council_decision
                outcome decided -> done
              step done: end "decided"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        var step = Assert.IsType<TaskStep>(Assert.Single(result.Value!).StepTagged(ReportTag.CouncilDecision));
        Assert.Equal(
            ("чечим", "протокол_номери", "протокол_күнү"),
            (step.FieldTagged(ReportTag.Decision)?.Name, step.FieldTagged(ReportTag.MinutesNumber)?.Name, step.FieldTagged(ReportTag.MinutesDate)?.Name));
    }

    [Fact]
    public void Load_KyrgyzKeyword_TagsTheStep()
    {
        // Arrange: `эсеп` is Kyrgyz for `report`.
        const string source = """
            процесс "w" версия 1 ачкыч окуучу
              кадам done: бүттү "improved" эсеп improved
            бүттү
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        Assert.Equal(ReportTag.Improved, Assert.Single(result.Value!).Steps[0].Report);
    }

    [Fact]
    public void Load_MisspelledTag_IsRefusedWithTheNearestTagInRussian()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil report low_achiever
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2106", 1, 31), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("«low_achiever» — не метка отчёта; может быть, «low_achievers»?", error.Message(Language.Ru));
    }

    [Fact]
    public void Load_TagNearNoTag_ListsEveryTagWithNoDidYouMeanInKazakh()
    {
        // Arrange: "summary" is far from every tag, so there is nothing to suggest.
        const string source = """
            workflow "w" key pupil report summary
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2106", 1, 31, 7), (error.Code, error.Span.Line, error.Span.Column, error.Span.Length));
        Assert.Equal(
            "«summary» есеп белгісі емес; есептер мыналарды біледі: low_achievers, individual_work, no_change_report, cause_finding, diary_notice, parent_conversation, small_council, improved, commission, council, council_decision, decision, minutes_number, minutes_date, rescore, group, plan_control, recontrols.",
            error.Message(Language.Kk));
    }

    [Fact]
    public void Load_ReportWithoutTagAtTheLineEnd_OneErrorAtTheNextStepWhichStillParses()
    {
        // Arrange: the tag is left out; "step" on the next line is no tag and stays for the block to read.
        const string source = """
            workflow "w" key pupil report
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2106", 2, 3), (error.Code, error.Span.Line, error.Span.Column));
        Assert.StartsWith("«step» — не метка отчёта; отчёты знают: low_achievers,", error.Message(Language.Ru), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TextWhereTheTagStands_IsOneErrorIC2105()
    {
        // Arrange: a quoted tag is a value where a name stands; no second error about an empty tag.
        const string source = """
            workflow "w" key pupil
              step done: end "x" report "improved"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2105", 2, 29), (error.Code, error.Span.Line, error.Span.Column));
    }
}
