using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace InternalControl.Cli.Tests.Workers;

/// <summary>
/// `ic worker` sends the outbox over the channels configured in ic.settings.json, as `ic outbox --send` and the web host
/// do (an SMTP server and an SMS gateway on loopback here); the --outbox file only takes messages when no channel is configured.
/// </summary>
public sealed class WorkerDeliveryTests
{
    [Fact]
    public async Task Worker_ChannelsConfigured_EachMessageArrivesOnceOnItsChannelAndNothingGoesToTheFile()
    {
        // Arrange: the sample school, e-mail and SMS configured beside its database.
        await using var channels = new LoopbackChannels();
        using var school = new SchoolFixture();
        school.Temp.Write("ic.settings.json", channels.Settings());
        var file = school.Temp.File("worker.txt");

        // Act: a round evaluates the school's night and sends up to a delivery run's 500 messages; a second sends the rest.
        var runs = new[] { 1, 2 }.Select(_ => school.Run("worker", "--once", "--workers", "1", "--outbox", file, "--lang", "en")).ToList();

        // Assert
        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Out + run.Error));
        Assert.False(File.Exists(file), "the outbox file is only for a worker without channels");
        var messages = Messages(school);
        Assert.All(messages, m => Assert.Contains(m.GetProperty("state").GetString(), new[] { "sent", "failed" }));
        var sent = messages.Where(m => m.GetProperty("state").GetString() == "sent").ToList();
        var mails = channels.Mails();
        Assert.All(sent, m => Assert.Equal(1, m.GetProperty("channel").GetString() switch
        {
            "email" => mails.GetValueOrDefault(Key(m)),
            "sms" => channels.Sms.TryGetValue(Key(m), out var sms) ? sms.Count : 0,
            var other => throw new InvalidOperationException(other),
        }));
        Assert.Contains(sent, m => m.GetProperty("channel").GetString() == "sms");
        Assert.Contains(sent, m => m.GetProperty("channel").GetString() == "email");
        Assert.Equal(sent.Count, mails.Values.Sum() + channels.Sms.Values.Sum(q => q.Count));
        Assert.Equal(sent.Count, runs.Sum(run => Sent(run.Out)));
    }

    [Fact]
    public void Worker_NoChannelConfigured_AppendsEveryMessageToTheOutboxFile()
    {
        // Arrange
        using var school = new SchoolFixture();
        var file = school.Temp.File("worker.txt");

        // Act
        var run = school.Run("worker", "--once", "--workers", "1", "--outbox", file, "--lang", "en");

        // Assert: one JSON line per message, every message marked sent.
        run.AssertSucceeded();
        var messages = Messages(school);
        Assert.Equal(messages.Count, File.ReadAllLines(file).Length);
        Assert.All(messages, m => Assert.Equal("sent", m.GetProperty("state").GetString()));
        Assert.Equal(messages.Count, Sent(run.Out));
    }

    internal static List<JsonElement> Messages(SchoolFixture school) =>
        [.. JsonDocument.Parse(school.Run("outbox", "--all", "--json").Out).RootElement.EnumerateArray()];

    internal static int Sent(string output) =>
        int.Parse(Regex.Match(output, @"timers fired, (\d+) messages sent").Groups[1].Value, CultureInfo.InvariantCulture);

    private static string Key(JsonElement message) => message.GetProperty("key").GetString()!;
}
