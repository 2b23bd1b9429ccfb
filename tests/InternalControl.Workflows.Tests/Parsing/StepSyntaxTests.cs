using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>The forms a step may take in the workflow language (workflows/README.md), each read into the definition as written.</summary>
public sealed class StepSyntaxTests
{
    [Theory]
    [InlineData("=", ConditionOperator.In)]
    [InlineData("!=", ConditionOperator.NotIn)]
    [InlineData("<>", ConditionOperator.NotIn)]
    [InlineData("<=", ConditionOperator.AtMost)]
    [InlineData(">=", ConditionOperator.AtLeast)]
    [InlineData("<", ConditionOperator.Less)]
    [InlineData(">", ConditionOperator.Greater)]
    public void Load_ComparisonSymbol_ReadAsItsOperator(string symbol, ConditionOperator expected)
    {
        // Arrange
        var source = $$"""
            workflow "w" key pupil
              step count: task class_teacher
                field absences number
                outcome counted -> route
              step route: decide
                when absences {{symbol}} 2 -> b
                otherwise -> b
              step b: end "ok"
            end
            """;

        // Act
        var definition = Load(source);

        // Assert
        var condition = Assert.Single(((DecideStep)definition.Step("route")!).Rows[0].When);
        Assert.Equal(("absences", expected, "2"), (condition.Variable, condition.Operator, Assert.Single(condition.Values)));
    }

    [Fact]
    public void Load_InAndNotInLists_ReadWithAllTheirValues()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step find: task class_teacher
                field cause choice [absence, low_ability, other] required
                outcome found -> route
              step route: decide
                when cause not in [absence, other] -> b
                when cause in [low_ability] -> c
                otherwise -> c
              step b: end "b"
              step c: end "c"
            end
            """;

        // Act
        var definition = Load(source);

        // Assert
        var rows = ((DecideStep)definition.Step("route")!).Rows;
        Assert.Equal(
            [(ConditionOperator.NotIn, "absence,other", "b"), (ConditionOperator.In, "low_ability", "c")],
            rows.Select(r => (r.When[0].Operator, string.Join(",", r.When[0].Values), r.Next)));
    }

    [Fact]
    public void Load_FieldOfEachType_ReadsTypeOptionsAndRequired()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step a: task class_teacher
                field note text
                field absences number required
                field seen_on date
                field came yes_no
                field cause choice [absence, other] required
                field measures choices [talk, visit]
                outcome ok -> b
              step b: end "ok"
            end
            """;

        // Act
        var definition = Load(source);

        // Assert
        Assert.Equal(
            [("note", FieldType.Text, false, ""), ("absences", FieldType.Number, true, ""), ("seen_on", FieldType.Date, false, ""),
             ("came", FieldType.YesNo, false, ""), ("cause", FieldType.Choice, true, "absence,other"), ("measures", FieldType.Choices, false, "talk,visit")],
            ((TaskStep)definition.Step("a")!).Fields.Select(f => (f.Name, f.Type, f.Required, string.Join(",", f.Options))));
    }

    [Theory]
    [InlineData("ask report diary_notice")]
    [InlineData("report diary_notice ask")]
    public void Load_ReportAndAskAfterAStepInEitherOrder_BothOnTheStep(string tail)
    {
        // Arrange
        var source = $$"""
            workflow "w" key pupil
              step tell: notify parents template "LowAchiever.DiaryNotice" -> done {{tail}}
              step done: end "ok"
            end
            """;

        // Act
        var step = Load(source).Step("tell")!;

        // Assert
        Assert.Equal((true, "diary_notice"), (step.Asks, step.Report));
    }

    [Fact]
    public void Load_WaitUntilADate_WaitsForThatDate()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step pause: wait until 2026-05-25 -> b
              step b: end "ok"
            end
            """;

        // Act
        var wait = (WaitStep)Load(source).Step("pause")!;

        // Assert
        Assert.Equal((new DateOnly(2026, 5, 25), (int?)null, false, "b"), (wait.Until, wait.SchoolDays, wait.UntilYearEnd, wait.Next));
    }

    [Fact]
    public void Load_WaitUntilYearEnd_WaitsForTheEndOfTheYear()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step pause: wait until year_end -> b
              step b: end "ok"
            end
            """;

        // Act
        var wait = (WaitStep)Load(source).Step("pause")!;

        // Assert
        Assert.Equal(((DateOnly?)null, (int?)null, true, "b"), (wait.Until, wait.SchoolDays, wait.UntilYearEnd, wait.Next));
    }

    [Fact]
    public void Load_NotifySeveralRoles_NotifiesEachInOrder()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step tell: notify parents, class_teacher, director template "LowAchiever.DiaryNotice" -> done
              step done: end "ok"
            end
            """;

        // Act
        var notify = (NotifyStep)Load(source).Step("tell")!;

        // Assert
        Assert.Equal([WorkflowRole.Parents, WorkflowRole.ClassTeacher, WorkflowRole.Director], notify.Recipients);
    }

    [Fact]
    public void Load_EndWithAName_TheNameIsTheResult()
    {
        // Arrange
        const string source = """
            workflow "w" version 3 key pupil
              step done: end improved
            end
            """;

        // Act
        var definition = Load(source);

        // Assert
        Assert.Equal((3, "improved"), (definition.Version, ((EndStep)definition.Step("done")!).Result));
    }

    [Fact]
    public void Load_TaskWithAsk_AsksAndATaskWithoutDoesNot()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step call: task class_teacher ask
                outcome ok -> check
              step check: task deputy_director
                outcome ok -> done
              step done: end "ok"
            end
            """;

        // Act
        var definition = Load(source);

        // Assert
        Assert.Equal((true, false), (definition.Step("call")!.Asks, definition.Step("check")!.Asks));
    }

    [Fact]
    public void Load_EscalateToAStep_OpensThatStepAndHandsNothingOver()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step work: task subject_teacher
                outcome done -> end_ok
                due 3 school_days escalate 5 school_days -> look_into
              step look_into: task deputy_director
                outcome seen -> join
              step end_ok: end "ok"
            end
            """;

        // Act
        var deadline = ((TaskStep)Load(source).Step("work")!).Deadline!;

        // Assert
        Assert.Equal((3, 5, "look_into", (WorkflowRole?)null), (deadline.DueDays, deadline.EscalateDays, deadline.EscalateStep, deadline.EscalateTo));
    }

    private static WorkflowDefinition Load(string source)
    {
        var result = WorkflowBinder.Load(source, "w.icp");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        return Assert.Single(result.Value!);
    }
}
