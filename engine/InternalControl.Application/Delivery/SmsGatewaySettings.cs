namespace InternalControl.Application.Delivery;

/// <summary>
/// A school's SMS provider as an HTTP POST (configuration section <c>Outbox:Sms</c>): Kazakh and Kyrgyz providers have
/// no .NET packages, so the request is a template. In <see cref="Body"/> and in header values, <c>{to}</c> is the phone
/// number, <c>{text}</c> the message and <c>{reference}</c> the message's idempotency key (the provider's client
/// reference, so that a repeat after a crash is dropped by a provider that checks it). Header values usually carry a
/// key: <see cref="ToString"/> shows the URL's host only, and nothing here is ever logged.
/// </summary>
public sealed class SmsGatewaySettings
{
    /// <summary>The gateway's URL (required).</summary>
    public required Uri Url { get; init; }

    /// <summary>The request body template; JSON by default.</summary>
    public string Body { get; init; } = """{"to":"{to}","text":"{text}","client_ref":"{reference}"}""";

    /// <summary>The body's media type: <c>application/json</c> (values JSON-escaped), <c>application/x-www-form-urlencoded</c> (values URL-encoded) or any other (values as they are).</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>Request headers, their values templates like the body's.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>How long one request may take before it counts as a failed try.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The gateway's host only.</summary>
    public override string ToString() => $"sms {Url.Host}";
}
