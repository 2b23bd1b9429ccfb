using System.Text.Json;

namespace InternalControl.Cli.Tests;

/// <summary>
/// `ic serve --nightly-at HH:mm` (issue 11): the served host evaluates the school at night from the school-local time
/// given, not from the default 02:00. Bishkek is UTC+6: 21:15 UTC is 03:15 at school, 21:45 UTC is 03:45.
/// </summary>
public sealed class ServeNightlyTests
{
    [Fact]
    public async Task Serve_NightlyAt0330_At0315HasNotEvaluated_At0345Has()
    {
        // Arrange: a school imported and never evaluated (no case yet)
        using var school = new SchoolFixture();
        Assert.Equal(0, Cases(school.Db));

        // Act 1: served at 03:15 school time, with the night set from 03:30 (the default 02:00 would evaluate now)
        int before;
        using (var early = new ServedIc("serve", "--nightly-at", "03:30", "--db", school.Db, "--now", "2026-11-26T21:15Z", "--lang", "en"))
        {
            Assert.True(await early.Answers(TimeSpan.FromSeconds(90)), string.Join(Environment.NewLine, early.Lines));
            // The host's first round runs at start; give it the time a late evaluation would take.
            await Task.Delay(TimeSpan.FromSeconds(8));
            before = Cases(school.Db);
            Assert.Contains(early.Lines, l => l.StartsWith("Serving at " + early.Address.ToString().TrimEnd('/'), StringComparison.Ordinal));
        }

        // Act 2: served at 03:45 school time
        int after;
        using (var late = new ServedIc("serve", "--nightly-at", "03:30", "--db", school.Db, "--now", "2026-11-26T21:45Z", "--lang", "en"))
        {
            Assert.True(await late.Answers(TimeSpan.FromSeconds(90)), string.Join(Environment.NewLine, late.Lines));
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(90);
            while ((after = Cases(school.Db)) == 0 && DateTime.UtcNow < until)
            {
                await Task.Delay(500);
            }
        }

        // Assert
        Assert.Equal(0, before);
        Assert.True(after > 0, "the night's evaluation opened the sample school's cases");
    }

    private static int Cases(string db) =>
        JsonDocument.Parse(Ic.Run("cases", "--json", "--db", db, "--now", "2026-11-27").Out).RootElement.GetArrayLength();
}
