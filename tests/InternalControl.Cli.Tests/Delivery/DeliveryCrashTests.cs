using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using InternalControl.Cli.CommandLine;
using InternalControl.Testing;
using WireMock;
using WireMock.ResponseBuilders;

namespace InternalControl.Cli.Tests.Delivery;

/// <summary>
/// `ic outbox --send` child processes killed (SIGKILL) at random points while the sample school's 540 messages go
/// out to an SMTP server and an SMS gateway on loopback (in this process). Afterwards every message is sent or
/// failed, every sent one reached its channel, and the repeats are counted: at most one per kill, as
/// workflows/README.md ("At most once more" after a crash) promises for e-mail and SMS.
/// </summary>
public sealed class DeliveryCrashTests : IDisposable
{
    private const int Kills = 6;

    private readonly ConcurrentDictionary<string, int> _sms = new();
    private readonly LoopbackGateway _gateway = new();

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task OutboxSend_KilledAtRandomPoints_EverythingSentOrFailed_RepeatsAtMostOnePerKill()
    {
        // Arrange: the gateway refuses the numbers ending in 0 (those parents' messages fail after two tries) and
        // takes the rest, counting each message by its client reference; the SMTP server counts by Message-ID.
        using var school = new SchoolFixture();
        Assert.Equal(0, school.Run("evaluate").ExitCode);
        await using var smtp = new LoopbackSmtp();
        _gateway.Answer(Response.Create().WithCallback(Gateway));
        school.Temp.Write("ic.settings.json", $$"""
            { "Outbox": {
                "MaxTries": 2, "BaseDelaySeconds": 0, "MaxDelaySeconds": 0,
                "Smtp": { "Host": "127.0.0.1", "Port": {{smtp.Port}}, "From": "school@example.org", "Security": "none", "TimeoutSeconds": 10 },
                "Sms": { "Url": "{{_gateway.SendUrl}}", "TimeoutSeconds": 10 } } }
            """);
        var total = Messages(school).Count;
        var random = new Random(15);
        var watch = Stopwatch.StartNew();

        // Act: each run starts five minutes after the last (a killed process's leases expire after five); the first
        // runs are killed once a random number of new messages arrived, the later ones run to their end.
        var run = 0;
        var killed = 0;
        for (; run < 30 && Messages(school).Any(m => m.GetProperty("state").GetString() == "pending"); run++)
        {
            var now = new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero).AddMinutes(6 * run).ToString("yyyy-MM-ddTHH:mmZ", CultureInfo.InvariantCulture);
            using var sender = Start(school, now);
            if (killed < Kills)
            {
                var before = Arrived(smtp);
                var after = random.Next(5, 120);
                while (!sender.HasExited && Arrived(smtp) - before < after)
                {
                    Thread.Sleep(1);
                }

                if (!sender.HasExited)
                {
                    sender.Kill();
                    killed++;
                }
            }

            Assert.True(sender.WaitForExit(TimeSpan.FromSeconds(60)), "a sender finishes its run");
            _ = sender.StandardOutput.ReadToEnd();
        }

        // Assert
        var messages = Messages(school);
        Assert.Equal(total, messages.Count);
        Assert.Equal(Kills, killed);
        Assert.All(messages, m => Assert.Contains(m.GetProperty("state").GetString(), new[] { "sent", "failed" }));
        var mails = smtp.Snapshot().GroupBy(m => m.MessageId ?? "").ToDictionary(g => g.Key, g => g.Count());
        int Received(JsonElement m) => m.GetProperty("channel").GetString() switch
        {
            "email" => mails.GetValueOrDefault(Key(m) + "@internal-control"),
            "sms" => _sms.GetValueOrDefault(Key(m)),
            _ => 0,
        };

        var sent = messages.Where(m => m.GetProperty("state").GetString() == "sent").ToList();
        var failed = messages.Where(m => m.GetProperty("state").GetString() == "failed").ToList();
        Assert.All(sent, m => Assert.True(Received(m) >= 1, "a sent message reached its channel"));
        Assert.All(failed, m => Assert.Equal(0, Received(m)));
        Assert.NotEmpty(failed);
        var repeats = sent.Sum(m => Received(m) - 1);
        Assert.True(repeats <= killed, $"{repeats} repeats after {killed} kills");

        // Nothing else arrived: every e-mail and SMS taken belongs to a message of this outbox.
        Assert.Equal(mails.Values.Sum() + _sms.Values.Sum(), sent.Sum(Received));
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(3), $"took {watch.Elapsed}");
        Console.WriteLine($"DeliveryCrash: {total} messages, {killed} kills, {run} runs, {repeats} repeats, {failed.Count} failed, {watch.Elapsed.TotalSeconds:F1} s");
    }

    private static string Key(JsonElement message) => message.GetProperty("key").GetString()!;

    private IResponseMessage Gateway(IRequestMessage request)
    {
        using var body = JsonDocument.Parse(request.Body!);
        if (body.RootElement.GetProperty("to").GetString()!.EndsWith('0'))
        {
            return new ResponseMessage { StatusCode = 500 };
        }

        _sms.AddOrUpdate(body.RootElement.GetProperty("client_ref").GetString()!, 1, (_, n) => n + 1);
        return new ResponseMessage { StatusCode = 200 };
    }

    private int Arrived(LoopbackSmtp smtp) => smtp.Snapshot().Count + _sms.Values.Sum();

    private static List<JsonElement> Messages(SchoolFixture school) =>
        [.. JsonDocument.Parse(school.Run("outbox", "--all", "--json").Out).RootElement.EnumerateArray()];

    /// <summary>`ic outbox --send` as a child process of its own (the dotnet host running ic.dll).</summary>
    private static Process Start(SchoolFixture school, string now)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = false, UseShellExecute = false };
        foreach (var arg in new[] { typeof(CliApp).Assembly.Location, "outbox", "--send", "--db", school.Db, "--now", now, "--lang", "en" })
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
