using InternalControl.Kernel.Schools;

namespace InternalControl.Kernel.Time;

/// <summary>The school's local date: Kazakhstan keeps UTC+5 (one zone since 2024), Kyrgyzstan UTC+6.</summary>
public static class SchoolTime
{
    public static TimeSpan Offset(Country country) => country == Country.Kz ? TimeSpan.FromHours(5) : TimeSpan.FromHours(6);

    /// <summary>Today at the school, as the injected clock says.</summary>
    public static DateOnly Today(TimeProvider clock, Country country)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DayOf(clock.GetUtcNow(), country);
    }

    /// <summary>The school day an instant falls on (the journal stores instants in UTC).</summary>
    public static DateOnly DayOf(DateTimeOffset at, Country country) => DateOnly.FromDateTime(at.ToOffset(Offset(country)).DateTime);

    /// <summary>
    /// The instant `--now yyyy-MM-dd` stands for: 03:00 UTC, which is the morning of that date in both
    /// countries, so the date means the same whichever school the command acts on.
    /// </summary>
    public static DateTimeOffset MorningOf(DateOnly date) => new(date.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
}
