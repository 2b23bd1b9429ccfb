using InternalControl.Localization;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>
/// An empty list `[]`: a condition over one would never hold (`in`) or always hold (`not in`), a choice field would
/// offer nothing, a parallel step would run no branch; each is refused at the place it is written.
/// </summary>
public sealed class EmptyListTests
{
    [Fact]
    public void Load_DecideRowInEmptyList_IC2104AtTheBracketInRussian()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step route: decide
                when cause in [] -> b
                otherwise -> b
              step b: end "ok"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2104", 3, 19), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("Условие сравнивает поле: «cause в [absence]», «absences <= 2».", error.Message(Language.Ru));
    }

    [Fact]
    public void Load_OutcomeWhenNotInEmptyList_IC2104AtTheBracket()
    {
        // Arrange: "not in []" would let the outcome be chosen whatever the form says.
        const string source = """
            workflow "w" key pupil
              step a: task class_teacher
                field cause choice [absence, other]
                outcome found -> b when cause not in []
              step b: end "ok"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2104", 4, 42), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Load_DecideRowInNonEmptyList_Loads()
    {
        // Arrange: the same row with a value, so the refusal above is about the empty list only.
        const string source = """
            workflow "w" key pupil
              step route: decide
                when cause in [absence] -> b
                otherwise -> b
              step b: end "ok"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Load_ChoiceFieldWithEmptyList_IC2310InKyrgyz()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step a: task class_teacher
                field cause choice [] required
                outcome found -> b
              step b: end "ok"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("IC2310", error.Code);
        Assert.Equal("«w» процесси: «a» тапшырмасынын «cause» тандоо талаасында варианттар жок.", error.Message(Language.Ky));
    }

    [Fact]
    public void Load_ParallelWithEmptyList_IC2313()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil
              step a: parallel [] join -> b
              step b: end "ok"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        Assert.Equal("IC2313", Assert.Single(result.Diagnostics).Code);
    }
}
