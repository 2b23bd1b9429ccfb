using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>
/// `wait until VARIABLE otherwise N school_days`: the wait ends on the date a case variable holds (the ВШК plan's
/// second control, seed 000 §2.1), or after N school days when the case holds none; in any of the four languages.
/// </summary>
public sealed class WaitUntilVariableTests
{
    [Fact]
    public void Load_WaitUntilAVariableOtherwiseDays_IsOnTheStep()
    {
        // Arrange
        const string source = """
            workflow "w" version 1 key object, sheet
              step pause: wait until second_control otherwise 40 school_days -> done
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        var wait = Assert.IsType<WaitStep>(Assert.Single(result.Value!).Steps[0]);
        Assert.Equal(("second_control", 40, "done"), (wait.UntilVariable, wait.SchoolDays, wait.Next));
    }

    [Fact]
    public void Load_KazakhKeywords_WaitUntilAVariable()
    {
        // Arrange: `күту дейін ... әйтпесе ... оқу_күні` is Kazakh for `wait until ... otherwise ... school_days`.
        const string source = """
            процесс "w" нұсқа 1 кілт object, sheet
              қадам pause: күту дейін second_control әйтпесе 40 оқу_күні -> done
              қадам done: соңы "x"
            соңы
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        var wait = Assert.IsType<WaitStep>(Assert.Single(result.Value!).Steps[0]);
        Assert.Equal(("second_control", 40), (wait.UntilVariable, wait.SchoolDays));
    }

    [Fact]
    public void Load_WaitUntilAVariableWithoutOtherwise_IsRefusedAtTheVariable_InEnglish()
    {
        // Arrange
        const string source = """
            workflow "w" version 1 key object, sheet
              step pause: wait until second_control -> done
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2440", 2, 26), (error.Code, error.Span.Line, error.Span.Column));
        Assert.EndsWith(
            "«second_control»: a wait until a case variable needs «otherwise» and the school days to wait when the case holds no date in «second_control».\n"
            + "  step pause: wait until second_control -> done\n"
            + "                         ^~~~~~~~~~~~~~",
            error.Render(Language.En, source),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WaitUntilAVariableWithoutOtherwise_IsRefusedAtTheVariable_InKazakh()
    {
        // Arrange
        const string source = """
            процесс "w" нұсқа 1 кілт object, sheet
              қадам pause: күту дейін second_control -> done
              қадам done: соңы "x"
            соңы
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2440", 2, 27), (error.Code, error.Span.Line, error.Span.Column));
        Assert.EndsWith(
            "«second_control»: іс айнымалысындағы күнге дейін күту «әйтпесе» сөзін және істің «second_control» ішінде күні болмағанда күтілетін оқу күндерін қажет етеді.\n"
            + "  қадам pause: күту дейін second_control -> done\n"
            + "                          ^~~~~~~~~~~~~~",
            error.Render(Language.Kk, source),
            StringComparison.Ordinal);
    }
}
