using InternalControl.Localization;

namespace InternalControl.Rules.Tests.Tables;

/// <summary>
/// The completeness and overlap checks of a `hit unique` table at the edges of its number cells: `&lt;` and `&lt;=`, `&gt;` and
/// `&gt;=`, `!=`, told to the author with the value a row misses or two rows share.
/// </summary>
public sealed class TableBoundaryTests
{
    [Theory]
    [InlineData("<= 3", "> 3")]
    [InlineData("< 3", ">= 3")]
    [InlineData("!= 3", "3")]
    [InlineData("< 3", "[3..3]", "> 3")]
    public void Compile_CellsThatMeetAtTheirEdge_NoGapAndNoOverlap(params string[] cells)
    {
        // Act
        var diagnostics = Some.Errors(Table(cells));

        // Assert
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("IC1302 Table «t» has no row for x = 3.", "< 3", "> 3")]
    [InlineData("IC1302 Table «t» has no row for x = 3.", "!= 3")]
    [InlineData("IC1302 Table «t» has no row for x = 4.", "<= 3", "> 4")]
    [InlineData("IC1301 Table «t» has the hit policy unique, but rows 1 and 2 overlap.", "<= 3", ">= 3")]
    [InlineData("IC1301 Table «t» has the hit policy unique, but rows 1 and 2 overlap.", "> 3", "!= 5")]
    [InlineData("IC1301 Table «t» has the hit policy unique, but rows 1 and 3 overlap.", "<= 3", "> 3", "[0..2]")]
    public void Compile_CellsThatMissOrShareAValue_OneErrorNamingIt(string expected, params string[] cells)
    {
        // Act
        var diagnostic = Assert.Single(Some.Errors(Table(cells)));

        // Assert
        Assert.Equal(expected, diagnostic.Code + " " + diagnostic.Message(Language.En));
    }

    [Fact]
    public void Compile_DomainTooLargeToGoThrough_AWarningThatTheCheckIsSkipped()
    {
        // Arrange
        var source = Some.Policy("table t hit unique\n    input x in [0..100000000] | output y\n    < 3 | 1\nend");

        // Act
        var diagnostic = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal(Kernel.Diagnostics.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("IC1253 Table «t» was not checked for missing rows: its input columns make 100000001 combinations, more than the 20000 the check goes through. Narrow the columns' domains or check the rows by hand.", diagnostic.Code + " " + diagnostic.Message(Language.En));
    }

    [Fact]
    public void Compile_DateDomain_AGapNamesTheDay()
    {
        // Arrange
        var source = Some.Policy("table t hit unique\n    input day in [2026-09-01, 2026-09-02] | output y\n    2026-09-01 | 1\nend");

        // Act
        var diagnostic = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal("IC1302 Table «t» has no row for day = 2026-09-02.", diagnostic.Code + " " + diagnostic.Message(Language.En));
    }

    private static string Table(string[] cells) =>
        Some.Policy("table t hit unique\n    input x in [0..10] | output y\n" + string.Concat(cells.Select((c, i) => $"    {c} | {i}\n")) + "end");
}
