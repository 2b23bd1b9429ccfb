using InternalControl.Kernel.Time;

namespace InternalControl.Kernel.Tests.Time;

/// <summary>A month as machines write it: a planned control's month and second control (Order No. 130 §2.1), a report's month.</summary>
public sealed class IsoMonthTests
{
    [Fact]
    public void Text_AnyDayOfTheMonth_IsItsYearAndMonth() =>
        Assert.Equal(["2027-01", "2027-01", "2026-12"], [IsoMonth.Text(new DateOnly(2027, 1, 1)), IsoMonth.Text(new DateOnly(2027, 1, 31)), IsoMonth.Text(new DateOnly(2026, 12, 7))]);

    [Theory]
    [InlineData("2027-03", true)]
    [InlineData(" 2027-03 ", true)]
    [InlineData("2027-3", false)]
    [InlineData("2027-13", false)]
    [InlineData("2027-03-01", false)]
    [InlineData("03.2027", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_MonthText_IsTheMonthsFirstDayAndNothingElseReads(string? text, bool expected)
    {
        // Act
        var parsed = IsoMonth.TryParse(text, out var first);

        // Assert
        Assert.Equal((expected, expected ? new DateOnly(2027, 3, 1) : default), (parsed, first));
    }
}
