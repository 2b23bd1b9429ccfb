namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// Six-day weeks: many Kyrgyz schools teach on Saturday, a school setting over the country calendar (`ic init
/// --six-day-week`). No. 97's deadlines are in school days, so for such a school they count Saturdays: 6.1's cause is
/// found within cause_days (5) school days of the case, and 5.1-5.9's work within individual_work_days (15).
/// </summary>
public sealed class Clause6_1SixDayWeekTests
{
    [Fact]
    public void Clause6_1_SixDayWeek_TheCauseIsDueOnMondayAcrossTheWeekend()
    {
        // Arrange: three 2s; the case opens on Tuesday 20 October.
        using var school = new Kg97School(Kg97School.Oct20, Kg97School.ThreeTwos("2026-10-01", "2026-10-02", "2026-10-05"), sixDayWeek: true);

        // Act
        school.Evaluate();

        // Assert: Wednesday, Thursday, Friday, Saturday 24 and Monday 26 October are the five school days.
        Assert.Equal(new DateOnly(2026, 10, 26), school.Task("find_cause").Due);
        Assert.True(school.Workspace.Calendar.IsSchoolDay(new DateOnly(2026, 10, 24)));
    }

    [Fact]
    public void Clause6_1_FiveDayWeek_TheCauseIsDueOnTuesday()
    {
        // Arrange
        using var school = new Kg97School(Kg97School.Oct20, Kg97School.ThreeTwos("2026-10-01", "2026-10-02", "2026-10-05"));

        // Act
        school.Evaluate();

        // Assert: Saturday and Sunday are not school days.
        Assert.Equal(new DateOnly(2026, 10, 27), school.Task("find_cause").Due);
        Assert.False(school.Workspace.Calendar.IsSchoolDay(new DateOnly(2026, 10, 24)));
    }

    [Fact]
    public void Clause5_9_SixDayWeek_TheIndividualWorkIsDueThreeSixDayWeeksLater()
    {
        // Arrange
        using var school = new Kg97School(Kg97School.Oct20, Kg97School.ThreeTwos("2026-10-01", "2026-10-02", "2026-10-05"), sixDayWeek: true);

        // Act
        school.Evaluate();

        // Assert: 15 school days counting Saturdays 24 and 31 October, the autumn vacation (4-8 November) not counted:
        // Wednesday 11 November (a five-day school's work is due on Friday 13 November).
        Assert.Equal(new DateOnly(2026, 11, 11), school.Task("individual_work").Due);
    }
}
