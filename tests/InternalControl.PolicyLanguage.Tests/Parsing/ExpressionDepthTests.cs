using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Parsing;

namespace InternalControl.PolicyLanguage.Tests.Parsing;

using Language = InternalControl.Localization.Language;

/// <summary>
/// A policy cannot crash the process: an expression nested or chained past the depth limit is IC1103 at its line and
/// column (10,000 parentheses, a 30,000-term sum and 100,000 `and`s used to overflow the stack, issue 16 item 2).
/// </summary>
public sealed class ExpressionDepthTests
{
    public static TheoryData<string, int> TooDeep => new()
    {
        { new string('(', 10_000) + "1" + new string(')', 10_000), 10 },
        { string.Join(" + ", Enumerable.Repeat("1", 30_000)), 10 },
        { string.Join(" and ", Enumerable.Repeat("p.grade = 1", 100_000)), 0 },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Parse_ExpressionPastTheDepthLimit_IsIC1103AtItsLine(string condition, int prefix)
    {
        // Arrange
        var source = Policy((prefix > 0 ? "p.grade = " : "") + condition);

        // Act
        var result = PolicyParser.Parse(source, "deep.icp");

        // Assert
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.Equal(("IC1103", 5), (error.Code, error.Span.Line));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Parse_ExpressionJustWithinTheLimit_Parses()
    {
        // Arrange: 200 chained terms are far below the limit's levels.
        var source = Policy("p.grade = " + string.Join(" + ", Enumerable.Repeat("1", 200)));

        // Act
        var result = PolicyParser.Parse(source, "wide.icp");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
    }

    [Fact]
    public void Render_DiagnosticOnAMegabyteLine_ShowsAScreenLineAroundTheColumn()
    {
        // Arrange
        var source = Policy(string.Join(" and ", Enumerable.Repeat("p.grade = 1", 100_000)));
        var error = PolicyParser.Parse(source, "deep.icp").Diagnostics.First(d => d.IsError);

        // Act
        var lines = error.Render(Language.En, source).Split('\n');

        // Assert: the message, the cut line and the caret, each short.
        Assert.Equal(3, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.True(line.Length < 200, line[..40]));
        Assert.StartsWith("…", lines[1], StringComparison.Ordinal);
    }

    private static string Policy(string condition) => $"""
        policy "p" country kg version 1
        rule "r"
        when
            pupil p
            {condition}
        then
            set x = 1
        end
        """;
}
