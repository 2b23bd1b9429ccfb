namespace InternalControl.Kernel.Calendars;

/// <summary>
/// A school year's calendar: quarters, weekends, public holidays and vacations. Every deadline in
/// school days is counted here, so that a vacation or a holiday never eats into a teacher's time.
/// </summary>
public sealed class SchoolCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DayOfWeek> _weekend;

    internal SchoolCalendar(
        string country,
        string year,
        bool provisional,
        DateOnly start,
        DateOnly end,
        IReadOnlyList<Quarter> quarters,
        IReadOnlyList<DateRange> vacations,
        IReadOnlyDictionary<DateOnly, string> holidays,
        IEnumerable<DayOfWeek> weekend)
    {
        Country = country;
        Year = year;
        Provisional = provisional;
        Start = start;
        End = end;
        Quarters = quarters;
        Vacations = vacations;
        Holidays = holidays;
        _holidays = [.. holidays.Keys];
        _weekend = [.. weekend];
    }

    /// <summary>
    /// This calendar for a school that teaches on Saturdays: the same year, quarters, holidays and vacations, with only
    /// Sunday off (a school setting over the country calendar).
    /// </summary>
    public SchoolCalendar WithSixDayWeek() =>
        new(Country, Year, Provisional, Start, End, Quarters, Vacations, Holidays, [DayOfWeek.Sunday]);

    /// <summary>Whether Saturday is a school day (outside holidays and vacations).</summary>
    public bool TeachesOnSaturday => !_weekend.Contains(DayOfWeek.Saturday);

    /// <summary>The country code: kz or kg.</summary>
    public string Country { get; }

    /// <summary>The school year, "2026-2027".</summary>
    public string Year { get; }

    /// <summary>True when the dates are the usual pattern, not yet the ministry's order.</summary>
    public bool Provisional { get; }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public IReadOnlyList<Quarter> Quarters { get; }

    /// <summary>Vacations; those with grades apply only to pupils of those grades.</summary>
    public IReadOnlyList<DateRange> Vacations { get; }

    /// <summary>Public holidays (and the days off they move to), by date, with their names.</summary>
    public IReadOnlyDictionary<DateOnly, string> Holidays { get; }

    /// <summary>True when lessons are held on <paramref name="date"/> (for a pupil of <paramref name="grade"/>, when given).</summary>
    public bool IsSchoolDay(DateOnly date, int? grade = null)
    {
        if (date < Start || date > End || _weekend.Contains(date.DayOfWeek) || _holidays.Contains(date))
        {
            return false;
        }

        foreach (var vacation in Vacations)
        {
            if (vacation.Contains(date) && vacation.AppliesTo(grade))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of school days d with <paramref name="from"/> &lt; d &lt;= <paramref name="to"/> (negative when to is before from).</summary>
    public int SchoolDaysBetween(DateOnly from, DateOnly to, int? grade = null)
    {
        if (to < from)
        {
            return -SchoolDaysBetween(to, from, grade);
        }

        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsSchoolDay(d, grade))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The date that is <paramref name="schoolDays"/> school days after <paramref name="from"/>. Past the
    /// end of the year, days count as weekdays so that a deadline set in the last week still has a date.
    /// </summary>
    public DateOnly AddSchoolDays(DateOnly from, int schoolDays, int? grade = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(schoolDays);
        var d = from;
        var left = schoolDays;
        while (left > 0)
        {
            d = d.AddDays(1);
            var counts = d > End ? !_weekend.Contains(d.DayOfWeek) : IsSchoolDay(d, grade);
            if (counts)
            {
                left--;
            }
        }

        return d;
    }

    /// <summary>The quarter that holds <paramref name="date"/>, or during a vacation the quarter just ended; null outside the year.</summary>
    public Quarter? QuarterOf(DateOnly date)
    {
        if (date < Start || date > End)
        {
            return null;
        }

        Quarter? last = null;
        foreach (var quarter in Quarters)
        {
            if (quarter.Contains(date))
            {
                return quarter;
            }

            if (quarter.End < date)
            {
                last = quarter;
            }
        }

        return last;
    }

    /// <summary>The quarter that comes before <paramref name="quarter"/> in this year, if any.</summary>
    public Quarter? Previous(Quarter quarter) => Quarters.LastOrDefault(q => q.Number < quarter.Number);
}
