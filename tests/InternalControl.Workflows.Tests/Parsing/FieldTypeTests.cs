using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>
/// The type a policy gives a task's field decides what the form asks for (a text, a number, a date, yes or no, one
/// choice or several), in English words and in Kazakh ones (any language's word is read alike).
/// </summary>
public sealed class FieldTypeTests
{
    [Theory]
    [InlineData("text", FieldType.Text)]
    [InlineData("number", FieldType.Number)]
    [InlineData("date", FieldType.Date)]
    [InlineData("yes_no", FieldType.YesNo)]
    [InlineData("choice [a, b]", FieldType.Choice)]
    [InlineData("choices [a, b]", FieldType.Choices)]
    [InlineData("сан", FieldType.Number)]
    [InlineData("күні", FieldType.Date)]
    public void Bind_FieldOfAType_TheFormAsksForIt(string type, FieldType expected)
    {
        // Arrange
        var source = $"""
            workflow "w" version 1 key pupil
              step a: task class_teacher
                field answer {type}
                outcome done -> closed
              step closed: end done
            end
            """;

        // Act
        var definition = TestWorkflows.Bind(source, "w.icp");

        // Assert
        var task = Assert.IsType<TaskStep>(definition.Steps[0]);
        Assert.Equal(expected, Assert.Single(task.Fields).Type);
    }
}
