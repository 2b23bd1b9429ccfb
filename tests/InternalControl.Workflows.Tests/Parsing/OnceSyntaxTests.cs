using InternalControl.Localization;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>`once` belongs after a key (workflows/README.md: one case per key ever); written without one, it is one error of its own.</summary>
public sealed class OnceSyntaxTests
{
    [Fact]
    public void Load_OnceWithoutKey_OneErrorIC2107AtTheWordInKazakh()
    {
        // Arrange: the rest of the header (report) still reads, so the one mistake is the only error.
        const string source = """
            workflow "w" version 1 once report low_achievers
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2107", 1, 24, 4), (error.Code, error.Span.Line, error.Span.Column, error.Span.Length));
        Assert.Equal("«once» кілттен кейін жазылады: ол әр кілтке бір істі біржола қалдырады, жабылғандарын да, ал бұл процесте кілт жоқ (кілт оқушы, пән, тоқсан once).", error.Message(Language.Kk));
    }

    [Fact]
    public void Load_RussianOnceWithoutKey_NamesTheWordAsWrittenInRussian()
    {
        // Arrange: `однократно` is Russian for `once`.
        const string source = """
            процесс "w" однократно
              шаг done: конец "x"
            конец
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2107", 1, 13), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("«однократно» пишется после ключа: он оставляет один случай на ключ навсегда, закрытые тоже, а у этого процесса ключа нет (ключ ученик, предмет, четверть однократно).", error.Message(Language.Ru));
    }

    [Fact]
    public void Load_OnceAfterKey_DefinitionIsOnce()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil once
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        Assert.Empty(result.Diagnostics);
        Assert.True(Assert.Single(result.Value!).Once);
    }
}
