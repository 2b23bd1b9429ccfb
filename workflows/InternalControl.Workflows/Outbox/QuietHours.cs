namespace InternalControl.Workflows.Outbox;

/// <summary>
/// The hours in which parents may get an SMS or a messenger message, in the school's time zone (e.g. 08:00-20:00).
/// Outside them such a message waits for <see cref="Start"/>; e-mail and messages to staff go at any hour.
/// </summary>
/// <param name="Start">The first minute a message may go.</param>
/// <param name="End">The minute from which messages wait again (after <paramref name="Start"/>).</param>
/// <param name="Zone">The school's time zone.</param>
public sealed record QuietHours(TimeOnly Start, TimeOnly End, TimeZoneInfo Zone)
{
    /// <summary>Null when <paramref name="now"/> is inside the allowed hours; otherwise the next moment they begin.</summary>
    public DateTimeOffset? Until(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (time >= Start && time < End)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(local.DateTime);
        if (time >= End)
        {
            day = day.AddDays(1);
        }

        var start = day.ToDateTime(Start);
        return new DateTimeOffset(start, Zone.GetUtcOffset(start));
    }
}
