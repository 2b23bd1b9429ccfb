using InternalControl.Kernel.Calendars;

namespace InternalControl.Kernel.Tests.Calendars;

public sealed class SchoolCalendarTests
{
    private static SchoolCalendar Kz2025 => CalendarCatalog.Find("kz", "2025-2026")!;

    private static SchoolCalendar Kg2025 => CalendarCatalog.Find("kg", "2025-2026")!;

    [Fact]
    public void Catalog_BuiltIn_HasBothCountriesForBothYears()
    {
        var years = CalendarCatalog.All.Select(c => $"{c.Country} {c.Year}").ToList();

        Assert.Equal(["kg 2025-2026", "kg 2026-2027", "kz 2025-2026", "kz 2026-2027"], years);
    }

    [Fact]
    public void SchoolDaysBetween_AcrossKzAutumnVacation_SkipsTheVacationWeek()
    {
        // Friday 24 Oct 2025 to Friday 7 Nov 2025: the vacation 27.10-02.11 holds no school days,
        // so only Mon 3 - Fri 7 November count.
        var days = Kz2025.SchoolDaysBetween(new DateOnly(2025, 10, 24), new DateOnly(2025, 11, 7));

        Assert.Equal(5, days);
    }

    [Fact]
    public void AddSchoolDays_FromBeforeKgWinterVacation_LandsAfterIt()
    {
        // Tue 30 Dec 2025 is the last school day of Q2; vacation 31.12-11.01; 3 school days later is Wed 14 Jan.
        var due = Kg2025.AddSchoolDays(new DateOnly(2025, 12, 30), 3);

        Assert.Equal(new DateOnly(2026, 1, 14), due);
    }

    [Fact]
    public void IsSchoolDay_PublicHolidayOnWeekday_IsNot()
    {
        // Kazakhstan's Independence Day, Tuesday 16 December 2025.
        Assert.False(Kz2025.IsSchoolDay(new DateOnly(2025, 12, 16)));
        Assert.True(Kz2025.IsSchoolDay(new DateOnly(2025, 12, 15)));
    }

    [Fact]
    public void IsSchoolDay_GradeOneExtraVacation_AppliesOnlyToGradeOne()
    {
        var day = new DateOnly(2026, 2, 10);

        Assert.False(Kz2025.IsSchoolDay(day, grade: 1));
        Assert.True(Kz2025.IsSchoolDay(day, grade: 5));
    }

    [Fact]
    public void QuarterOf_DuringVacation_IsTheQuarterJustEnded()
    {
        Assert.Equal(1, Kg2025.QuarterOf(new DateOnly(2025, 11, 6))!.Number);
        Assert.Equal(2, Kg2025.QuarterOf(new DateOnly(2025, 11, 10))!.Number);
        Assert.Null(Kg2025.QuarterOf(new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void IsSchoolDay_FirstAndLastDayOfTheYear_AreSchoolDays()
    {
        // Kyrgyzstan 2025-2026 runs from Monday 1 September 2025 to Friday 29 May 2026, both teaching days.
        Assert.True(Kg2025.IsSchoolDay(new DateOnly(2025, 9, 1)));
        Assert.True(Kg2025.IsSchoolDay(new DateOnly(2026, 5, 29)));
    }

    [Fact]
    public void IsSchoolDay_WeekdayOutsideTheYear_IsNot()
    {
        // Friday 29 August 2025 and Monday 1 June 2026 are weekdays with no holiday, but outside the year.
        Assert.False(Kg2025.IsSchoolDay(new DateOnly(2025, 8, 29)));
        Assert.False(Kg2025.IsSchoolDay(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void WithSixDayWeek_Saturday_IsSchoolDayButHolidaysStay()
    {
        var sixDays = Kz2025.WithSixDayWeek();

        Assert.False(Kz2025.TeachesOnSaturday);
        Assert.True(sixDays.TeachesOnSaturday);
        Assert.True(sixDays.IsSchoolDay(new DateOnly(2025, 12, 13)));
        Assert.False(sixDays.IsSchoolDay(new DateOnly(2025, 12, 14)));
        Assert.False(sixDays.IsSchoolDay(new DateOnly(2025, 12, 16)));
    }

    [Fact]
    public void SchoolDaysBetween_ToBeforeFrom_IsNegative()
    {
        // Friday 7 Nov 2025 back to Friday 24 Oct 2025 across the Kazakh autumn vacation: five school days back.
        var days = Kz2025.SchoolDaysBetween(new DateOnly(2025, 11, 7), new DateOnly(2025, 10, 24));

        Assert.Equal(-5, days);
    }

    [Fact]
    public void SchoolDaysBetween_SameDay_IsZero()
    {
        var day = new DateOnly(2025, 12, 15);

        Assert.Equal(0, Kz2025.SchoolDaysBetween(day, day));
    }

    [Fact]
    public void AddSchoolDays_PastTheEndOfTheYear_CountsWeekdays()
    {
        // Friday 29 May 2026 is Kyrgyzstan's last school day; three days later counts Mon 1, Tue 2, Wed 3 June.
        var due = Kg2025.AddSchoolDays(new DateOnly(2026, 5, 29), 3);

        Assert.Equal(new DateOnly(2026, 6, 3), due);
    }

    [Fact]
    public void AddSchoolDays_LastDayOfTheYearIsHoliday_SkipsIt()
    {
        // A district's year that ends on a holiday (Friday 29 May): one school day after Thursday 28 May is the next
        // weekday past the year, Monday 1 June, not the holiday.
        var json = """
            { "country": "kg", "year": "2025-2026", "start": "2025-09-01", "end": "2026-05-29",
              "quarters": [ { "number": 1, "start": "2025-09-01", "end": "2026-05-29" } ],
              "holidays": [ { "date": "2026-05-29", "name": "kurman_ait" } ] }
            """;
        var calendar = CalendarCatalog.Parse(json);

        var due = calendar.AddSchoolDays(new DateOnly(2026, 5, 28), 1);

        Assert.Equal(new DateOnly(2026, 6, 1), due);
    }

    [Fact]
    public void QuarterOf_FirstAndLastDayOfTheYear_AreTheFirstAndLastQuarter()
    {
        Assert.Equal(1, Kg2025.QuarterOf(new DateOnly(2025, 9, 1))!.Number);
        Assert.Equal(4, Kg2025.QuarterOf(new DateOnly(2026, 5, 29))!.Number);
    }

    [Fact]
    public void QuarterOf_AfterTheLastDay_IsNull()
    {
        // The summer after the year is no quarter's vacation: Monday 1 June 2026 belongs to no quarter.
        Assert.Null(Kg2025.QuarterOf(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void QuarterOf_LastDayOfAQuarter_IsThatQuarter()
    {
        // Tuesday 4 November 2025 closes Kyrgyzstan's first quarter.
        Assert.Equal(1, Kg2025.QuarterOf(new DateOnly(2025, 11, 4))!.Number);
    }

    [Fact]
    public void Previous_ThirdQuarter_IsTheSecond()
    {
        var third = Kg2025.Quarters.Single(q => q.Number == 3);

        Assert.Equal(2, Kg2025.Previous(third)!.Number);
    }

    [Fact]
    public void Previous_FirstQuarter_IsNull()
    {
        Assert.Null(Kg2025.Previous(Kg2025.Quarters[0]));
    }

    [Fact]
    public void Parse_QuarterOutsideTheYear_IsRefused()
    {
        var json = """
            { "country": "kg", "year": "x", "start": "2025-09-01", "end": "2026-05-29",
              "quarters": [ { "number": 1, "start": "2025-08-01", "end": "2025-10-01" } ], "holidays": [] }
            """;

        Assert.Throws<FormatException>(() => CalendarCatalog.Parse(json));
    }
}
