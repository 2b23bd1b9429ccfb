using System.Globalization;
using System.Text.Json;
using InternalControl.Cli.Tests.Workers;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests.Delivery;

/// <summary>
/// Issue 15, quiet hours, end to end through `ic worker` on the injected clock (`--now`): with
/// <c>QuietHours</c> 08:00-20:00 and no zone named, no SMS reaches a parent outside those hours of their school's
/// time, Bishkek (UTC+6) for the Kyrgyz school, Kazakhstan's UTC+5 for the Kazakh one, while e-mail and staff go at any
/// hour; in the morning each school's parents get their SMS as their own clock reaches 08:00.
/// </summary>
public sealed class QuietHoursCommandTests
{
    [Fact]
    public async Task Worker_QuietHoursInEachSchoolsTime_ParentsSmsWaitsForTheirOwnMorning()
    {
        // Arrange: one database with the sample Kyrgyz and Kazakh schools; e-mail and SMS on loopback.
        await using var channels = new LoopbackChannels();
        using var temp = new TempFolder();
        var db = temp.File("district.db");
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        foreach (var (country, name) in new[] { ("kg", "KG"), ("kz", "KZ") })
        {
            Ic.Run("init", "--country", country, "--school", name, "--year", "2026-2027", "--db", db).AssertSucceeded();
            Ic.Run("import", Path.Combine(samples, country + "-school"), "--db", db, "--school-name", name).AssertSucceeded();
        }

        temp.Write("ic.settings.json", channels.Settings(""" "QuietHours": { "Start": "08:00", "End": "20:00" },"""));
        void Worker(string now)
        {
            // Twice: one delivery run tries at most 500 messages of a school.
            for (var i = 0; i < 2; i++)
            {
                Ic.Run("worker", "--once", "--workers", "1", "--outbox", temp.File("worker.txt"), "--db", db, "--now", now, "--lang", "en").AssertSucceeded();
            }
        }

        List<JsonElement> ParentsSms(string school) =>
            [.. JsonDocument.Parse(Ic.Run("outbox", "--all", "--json", "--db", db, "--school-name", school).AssertSucceeded().Out).RootElement.EnumerateArray()
                .Where(m => m.GetProperty("to").GetString()!.StartsWith("parent:", StringComparison.Ordinal) && m.GetProperty("channel").GetString() == "sms")];
        int Arrived(IEnumerable<JsonElement> messages) => messages.Count(m => channels.Sms.ContainsKey(m.GetProperty("key").GetString()!));

        // Act 1: 15:00 UTC is 21:00 in Bishkek and 20:00 in Kazakhstan, both after the hours (and inside them in UTC).
        Worker("2026-11-27T15:00Z");
        var evening = (Kg: ParentsSms("KG"), Kz: ParentsSms("KZ"), Mails: channels.Mails().Count, Sms: channels.Sms.Count);

        // Act 2: 02:30 UTC is 08:30 in Bishkek, 07:30 in Kazakhstan (and before the hours in UTC).
        Worker("2026-11-28T02:30Z");
        var morning = (Kg: ParentsSms("KG"), Kz: ParentsSms("KZ"));
        var kzArrivedInTheMorning = Arrived(morning.Kz);

        // Act 3: 03:30 UTC is 08:30 in Kazakhstan.
        Worker("2026-11-28T03:30Z");
        var later = ParentsSms("KZ");

        // Assert: in the evening no SMS went; e-mail (staff, and parents reached by e-mail) did, and each held SMS
        // waits for 08:00 of its school's time.
        Assert.NotEmpty(evening.Kg);
        Assert.NotEmpty(evening.Kz);
        Assert.Equal(0, evening.Sms);
        Assert.True(evening.Mails > 0, "e-mail goes at any hour");
        Assert.All(evening.Kg, m => Assert.Equal(("pending", Utc("2026-11-28T02:00Z")), (m.GetProperty("state").GetString(), Utc(m.GetProperty("next").GetString()!))));
        Assert.All(evening.Kz, m => Assert.Equal(("pending", Utc("2026-11-28T03:00Z")), (m.GetProperty("state").GetString(), Utc(m.GetProperty("next").GetString()!))));

        // At 08:30 in Bishkek the Kyrgyz parents' SMS went, each once; the Kazakh parents' still wait.
        Assert.All(morning.Kg, m => Assert.Equal("sent", m.GetProperty("state").GetString()));
        Assert.Equal(morning.Kg.Count, Arrived(morning.Kg));
        Assert.All(morning.Kz, m => Assert.Equal("pending", m.GetProperty("state").GetString()));
        Assert.Equal(0, kzArrivedInTheMorning);

        // An hour later Kazakhstan's morning has come too.
        Assert.All(later, m => Assert.Equal("sent", m.GetProperty("state").GetString()));
        Assert.Equal(later.Count, Arrived(later));
        Assert.All(channels.Sms.Values, q => Assert.Single(q));
    }

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture).ToUniversalTime();
}
