using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace InternalControl.Cli.Tests;

/// <summary>`ic outbox` shows each message's channel, tries and state; `--send` uses the configured channels; `retry` puts a failed message back.</summary>
public sealed class OutboxCommandTests
{
    [Fact]
    public void OutboxSend_SmtpUnreachable_MessagesFailedAndRetryPutsOneBack()
    {
        // Arrange: e-mail is the only configured channel, one try each, and nothing listens on its port
        using var school = new SchoolFixture();
        school.Run("evaluate");
        school.Temp.Write("ic.settings.json", $$"""
            { "Outbox": { "MaxTries": 1, "Smtp": { "Host": "127.0.0.1", "Port": {{ClosedPort()}}, "From": "school@example.org", "Security": "none", "TimeoutSeconds": 5 } } }
            """);

        // Act
        var send = school.Run("outbox", "--send", "--lang", "en");
        var failed = Messages(school);
        var id = failed.First(m => m.GetProperty("channel").GetString() == "email" && m.GetProperty("state").GetString() == "failed").GetProperty("id").GetInt64();
        var retry = school.Run("outbox", "retry", id.ToString(CultureInfo.InvariantCulture), "--lang", "en");
        var again = school.Run("outbox", "retry", id.ToString(CultureInfo.InvariantCulture), "--lang", "en");
        var back = Messages(school).Single(m => m.GetProperty("id").GetInt64() == id);

        // Assert
        Assert.Equal(0, send.ExitCode);
        // One run tries at most 500 messages (the runtime's delivery batch); the rest wait, untried, for the next run.
        var tried = failed.Count(m => m.GetProperty("state").GetString() == "failed");
        Assert.Equal(Math.Min(failed.Count, 500), tried);
        Assert.Contains($"0 sent, 0 to be retried, {tried} failed, 0 held.", send.Out, StringComparison.Ordinal);
        Assert.All(failed.Where(m => m.GetProperty("state").GetString() != "failed"), m => Assert.Equal(("pending", 0), (m.GetProperty("state").GetString(), m.GetProperty("tries").GetInt32())));
        Assert.Contains(failed, m => m.GetProperty("channel").GetString() == "email" && m.GetProperty("tries").GetInt32() == 1);
        Assert.Equal((0, 1), (retry.ExitCode, again.ExitCode));
        Assert.Contains($"Message {id} will be sent again.", retry.Out, StringComparison.Ordinal);
        Assert.Equal(("pending", 0, JsonValueKind.Null), (back.GetProperty("state").GetString(), back.GetProperty("tries").GetInt32(), back.GetProperty("channel").ValueKind));
    }

    [Fact]
    public void Outbox_Table_ShowsChannelTriesAndStateColumns()
    {
        // Arrange
        using var school = new SchoolFixture();
        school.Run("evaluate");

        // Act
        var run = school.Run("outbox", "--lang", "ru");

        // Assert
        run.AssertOut(0, "Канал", "Попыток", "ожидает");
    }

    [Fact]
    public void ContactsLink_Parent_PrintsEightDigitCodeInReadersLanguage()
    {
        // Arrange
        using var school = new SchoolFixture();

        // Act
        var run = school.Run("contacts", "link", "g00001", "--lang", "ky");
        var unknown = school.Run("contacts", "link", "nobody", "--lang", "en");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"үчүн код: \d{8}\. Аны 7 күндүн ичинде Telegramдагы мектептин ботуна жөнөтүңүз\.", run.Out);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no member of staff or parent \"nobody\".", unknown.Out + unknown.Error, StringComparison.Ordinal);
    }

    private static List<JsonElement> Messages(SchoolFixture school) =>
        [.. JsonDocument.Parse(school.Run("outbox", "--all", "--json").Out).RootElement.EnumerateArray()];

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
