using InternalControl.Localization;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>A broken workflow block: each mistake reported once, with its code, at the line and column of the word that is wrong.</summary>
public sealed class WorkflowSyntaxErrorTests
{
    [Fact]
    public void Load_UnknownStepKind_IC2101AtTheKindInRussian()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step a: meeting director
              step b: end "ok"
            end
            """;

        // Act
        var error = TestWorkflows.SingleError(source, "w.icp");

        // Assert
        Assert.Equal(("IC2101", 2, 11), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("«meeting» — не вид шага: напишите уведомить, задача, решить, ждать, параллельно, запустить или конец.", error.Message(Language.Ru));
    }

    [Fact]
    public void Load_UnknownFieldType_IC2103AtTheTypeInKyrgyz()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step a: task director
                field seen_on moment required
                outcome ok -> b
              step b: end "ok"
            end
            """;

        // Act
        var error = TestWorkflows.SingleError(source, "w.icp");

        // Assert
        Assert.Equal(("IC2103", 3, 19), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("«moment» — талаанын түрү эмес: текст, сан, күнү, ооба_жок же тандоо.", error.Message(Language.Ky));
    }

    [Fact]
    public void Load_ConditionWithoutOperator_IC2104AtTheValue()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step route: decide
                when absences 2 -> b
                otherwise -> b
              step b: end "ok"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = result.Errors.First();
        Assert.Equal(("IC2104", 3, 19), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("Шарт өрісті салыстырады: «cause ішінде [absence]», «absences <= 2».", error.Message(Language.Kk));
    }

    [Fact]
    public void Load_NumberForAStepName_IsOneErrorIC2105AtTheNumber()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step 5: end "ok"
            end
            """;

        // Act
        var error = TestWorkflows.SingleError(source, "w.icp");

        // Assert: the rest of the line reads as written, so the one mistake is one error
        Assert.Equal(("IC2105", 2, 8), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("Ожидалось имя, найдено «5».", error.Message(Language.Ru));
    }

    [Theory]
    [InlineData("field \"note\" text required", 5, 11)]
    [InlineData("field 2026-01-01 text required", 5, 11)]
    public void Load_AValueForAFieldName_IsOneErrorIC2105AtTheValue(string field, int line, int column)
    {
        // Arrange
        var source = $"""
            workflow "w" key pupil
              step a: task class_teacher
                outcome done -> b
                due 5 school_days
                {field}
              step b: end "ok"
            end
            """;

        // Act
        var error = TestWorkflows.SingleError(source, "w.icp");

        // Assert
        Assert.Equal(("IC2105", line, column), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Load_LineThatIsNoStep_ReportedAtItsFirstWordAndTheNextStepStillRead()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              stage a: notify parents template "T" -> b
              step b: end "ok"
              step c: meeting director
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert: the broken line is skipped up to the next step, and a mistake after it is reported too.
        Assert.Equal(
            [("IC1101", 2, 3), ("IC2101", 4, 11)],
            result.Errors.Select(e => (e.Code, e.Span.Line, e.Span.Column)));
    }

    [Fact]
    public void Load_WaitUntilANumber_ReportedAtTheNumberAskingForADate()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step pause: wait until 25 -> b
              step b: end "ok"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = result.Errors.First();
        Assert.Equal(("IC1101", 2, 26), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("Expected yyyy-mm-dd, found '25'.", error.Message(Language.En));
    }
}
