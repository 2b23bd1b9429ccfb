using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Rules.Tests.Tables;

/// <summary>
/// What a unique table's overlap check (IC1301) and gap check (IC1302) make of each kind of cell: "any" (-), lists of
/// ranges, texts and "all but" (!=) texts, true/false, and cells known only when the rule runs, which prove nothing.
/// </summary>
public sealed class TableCellOverlapTests
{
    [Theory]
    [InlineData("-", "\"A\"")]
    [InlineData("\"A\"", "-")]
    [InlineData("\"A\", \"B\"", "\"B\"")]
    [InlineData("!= \"A\"", "\"B\"")]
    [InlineData("\"B\"", "!= \"A\"")]
    [InlineData("!= \"A\"", "!= \"B\"")]
    [InlineData("\"A\", \"B\"", "!= \"A\"")]
    [InlineData("!= \"A\"", "\"A\", \"B\"")]
    public void Unique_RowsThatShareAText_AreAnOverlap(string first, string second)
    {
        Assert.Equal("IC1301", Assert.Single(GroupActionErrors("group", first, second)).Code);
    }

    [Theory]
    [InlineData("!= \"A\"", "\"A\"")]
    [InlineData("\"A\"", "!= \"A\"")]
    [InlineData("\"A\"", "\"B\", \"C\"")]
    public void Unique_RowsThatShareNoText_ArePassed_AndCoverTheDomain(string first, string second)
    {
        Assert.Empty(GroupActionErrors("group in [\"A\", \"B\", \"C\"]", first, second));
    }

    [Theory]
    [InlineData("0..10, 20..30", "25..26")]
    [InlineData("25..26", "0..10, 20..30")]
    public void Unique_ARangeInsideTheSecondRangeOfAList_IsAnOverlap(string first, string second)
    {
        var source = Some.Policy($"""
            table band hit unique
                input percent | output mark
                {first} | 2
                {second} | 3
            end
            """);

        Assert.Equal("IC1301", Assert.Single(Some.Errors(source)).Code);
    }

    [Fact]
    public void ACellThatReadsTheRunsDate_IsRefusedAtTheCell_NotACrash()
    {
        // A table is a function of its inputs: `now` is a value of the rule's run, so the cell is refused where it stands
        // (it was an internal fault of the compiler before), and no overlap is claimed for it.
        var source = Some.Policy("""
            table late hit unique
                input deadline | output late
                < now          | true
                -              | false
            end
            """);

        var error = Assert.Single(Some.Errors(source));

        Assert.Equal("IC1254", error.Code);
        Assert.Equal((4, 5), (error.Span.Line, error.Span.Column));
        Assert.Contains("«deadline»", error.Message(InternalControl.Localization.Language.Ky), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", "false", null)]
    [InlineData("true", "true", "flag = false")]
    [InlineData("!= true", "true", null)]
    [InlineData("false", "false", "flag = true")]
    public void Gap_OverTrueAndFalse_NamesTheValueNoRowTakes(string first, string second, string? missing)
    {
        var source = Some.Policy($"""
            table flags hit first
                input flag in [true, false] | output n
                {first}                     | 1
                {second}                    | 2
            end
            """);

        var errors = Some.Errors(source);

        if (missing is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            var gap = Assert.Single(errors);
            Assert.Equal("IC1302", gap.Code);
            Assert.Contains(missing, gap.Message(InternalControl.Localization.Language.En), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Gap_OverARangeListWithAHole_NamesTheFirstNumberNoRowTakes()
    {
        var source = Some.Policy("""
            table band hit first
                input percent in [0..30] | output mark
                0..10, 21..30            | 2
                12..20                   | 3
            end
            """);

        var gap = Assert.Single(Some.Errors(source));

        Assert.Equal("IC1302", gap.Code);
        Assert.Contains("percent = 11", gap.Message(InternalControl.Localization.Language.En), StringComparison.Ordinal);
    }

    /// <summary>The diagnostics of a unique table of two rows on one input column (<paramref name="input"/>): <paramref name="first"/> gives true, <paramref name="second"/> false.</summary>
    private static IReadOnlyList<Diagnostic> GroupActionErrors(string input, string first, string second) =>
        Some.Errors(Some.Policy($"""
            table group_action hit unique
                input {input} | output recontrol
                {first} | true
                {second} | false
            end
            """));
}
