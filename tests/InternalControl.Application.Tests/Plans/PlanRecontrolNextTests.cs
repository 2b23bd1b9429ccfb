using InternalControl.Application.Plans;
using InternalControl.Kernel.Time;

namespace InternalControl.Application.Tests.Plans;

/// <summary>
/// Seed 000 §2.1, the plan's "second control" column names a month, not a date: the re-control waits until the first
/// day of the next such month from today, this month included, and across the new year.
/// </summary>
public sealed class PlanRecontrolNextTests
{
    [Theory]
    [InlineData(3, "2027-03-15", "2027-03-01")]
    [InlineData(4, "2027-03-15", "2027-04-01")]
    [InlineData(2, "2027-03-15", "2028-02-01")]
    [InlineData(1, "2026-12-04", "2027-01-01")]
    [InlineData(12, "2026-12-04", "2026-12-01")]
    public void Next_TheMonthOfTheSecondControl_IsItsNextFirstDayFromToday(int month, string today, string expected)
    {
        // Act
        var next = PlanRecontrol.Next(month, IsoDate.Parse(today));

        // Assert
        Assert.Equal(IsoDate.Parse(expected), next);
    }
}
