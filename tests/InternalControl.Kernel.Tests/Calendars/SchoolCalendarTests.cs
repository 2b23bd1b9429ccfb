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
    public void Parse_QuarterOutsideTheYear_IsRefused()
    {
        var json = """
            { "country": "kg", "year": "x", "start": "2025-09-01", "end": "2026-05-29",
              "quarters": [ { "number": 1, "start": "2025-08-01", "end": "2025-10-01" } ], "holidays": [] }
            """;

        Assert.Throws<FormatException>(() => CalendarCatalog.Parse(json));
    }
}
