using System.Collections.Concurrent;
using System.Text.Json;
using InternalControl.Testing;
using WireMock;
using WireMock.ResponseBuilders;

namespace InternalControl.Cli.Tests.Workers;

/// <summary>
/// The school's channels on loopback, in this process: an SMTP server (SmtpServer) and an SMS gateway (WireMock.Net) that
/// takes every SMS and keeps it by its client reference (the message's idempotency key), with its number and text.
/// </summary>
internal sealed class LoopbackChannels : IAsyncDisposable
{
    private readonly LoopbackGateway _gateway = new();

    public LoopbackChannels()
    {
        _gateway.Answer(Response.Create().WithCallback(Take));
    }

    public LoopbackSmtp Smtp { get; } = new();

    /// <summary>Where the gateway takes an SMS.</summary>
    public Uri SmsUrl => new(_gateway.SendUrl);

    /// <summary>Every SMS taken, by client reference: each time it came, its number and text.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<(string To, string Text)>> Sms { get; } = new();

    /// <summary>E-mails taken, by idempotency key (the Message-ID's local part).</summary>
    public Dictionary<string, int> Mails() => Smtp.Snapshot()
        .GroupBy(m => (m.MessageId ?? "").Replace("@internal-control", "", StringComparison.Ordinal))
        .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The <c>Outbox</c> section of ic.settings.json for these channels, with <paramref name="more"/> (JSON members) added.</summary>
    public string Settings(string more = "") => $$"""
        { "Outbox": {
            "MaxTries": 2, "BaseDelaySeconds": 0, "MaxDelaySeconds": 0,{{more}}
            "Smtp": { "Host": "127.0.0.1", "Port": {{Smtp.Port}}, "From": "school@example.org", "Security": "none", "TimeoutSeconds": 10 },
            "Sms": { "Url": "{{_gateway.SendUrl}}", "TimeoutSeconds": 10 } } }
        """;

    public async ValueTask DisposeAsync()
    {
        _gateway.Dispose();
        await Smtp.DisposeAsync();
    }

    private IResponseMessage Take(IRequestMessage request)
    {
        using var body = JsonDocument.Parse(request.Body!);
        var root = body.RootElement;
        Sms.GetOrAdd(root.GetProperty("client_ref").GetString()!, _ => new()).Enqueue((root.GetProperty("to").GetString()!, root.GetProperty("text").GetString()!));
        return new ResponseMessage { StatusCode = 200 };
    }
}
