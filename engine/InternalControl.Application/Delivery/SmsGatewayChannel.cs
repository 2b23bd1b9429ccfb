using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace InternalControl.Application.Delivery;

/// <summary>
/// SMS through the school's HTTP gateway: a POST built from <see cref="SmsGatewaySettings"/>, with the idempotency key
/// as the client reference. The text is <c>Outbox.Sms.Text</c> in the recipient's language: that there is a message and
/// where to read it after signing in, never the message itself (an SMS carries no marks or diagnoses); a one-time
/// sign-in link is sent as its own text, which holds the link and names no pupil. The request runs
/// through a resilience pipeline (Microsoft.Extensions.Http.Resilience) that bounds it by the setting's timeout; a
/// timeout or any answer but 2xx is a failed try, which the outbox retries later (durably, with backoff) and then moves
/// to the recipient's next channel.
/// </summary>
public sealed class SmsGatewayChannel : IDeliveryChannel, IDisposable
{
    private readonly SmsGatewaySettings _settings;
    private readonly Uri? _link;
    private readonly HttpClient _client;

    public SmsGatewayChannel(SmsGatewaySettings settings, Uri? link, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _link = link;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(settings.Timeout)
            .Build();
        _client = new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = handler ?? new SocketsHttpHandler() })
        {
            // The pipeline's timeout decides; this only keeps HttpClient's own 100 s default out of the way.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <inheritdoc/>
    public ContactChannel Channel => ContactChannel.Sms;

    /// <summary>The text an SMS carries, in the reader's language.</summary>
    public static string Text(Language language, Uri? link) => Texts.Get("Outbox.Sms.Text", language, link?.ToString() ?? "");

    /// <inheritdoc/>
    public async Task<bool> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = new Dictionary<string, string>
        {
            ["{to}"] = request.Contact.Address,
            // A sign-in link is the message itself (it names no pupil); every other message only says where to read it.
            ["{text}"] = request.Message.CarriesSignInLink ? request.Message.Text : Text(request.Message.Language, _link),
            ["{reference}"] = request.IdempotencyKey,
        };
        using var message = new HttpRequestMessage(HttpMethod.Post, _settings.Url)
        {
            Content = new StringContent(Fill(_settings.Body, values, _settings.ContentType), Encoding.UTF8, _settings.ContentType),
        };
        foreach (var (name, value) in _settings.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, Fill(value, values, "text/plain"));
        }

        try
        {
            using var response = await _client.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or IOException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>The template with its placeholders replaced, each value escaped for the body's media type.</summary>
    private static string Fill(string template, Dictionary<string, string> values, string contentType)
    {
        var media = MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType : contentType;
        var text = new StringBuilder(template);
        foreach (var (name, value) in values)
        {
            var escaped = media switch
            {
                "application/json" => JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(value),
                "application/x-www-form-urlencoded" => Uri.EscapeDataString(value),
                _ => value,
            };
            text.Replace(name, escaped);
        }

        return text.ToString();
    }
}
