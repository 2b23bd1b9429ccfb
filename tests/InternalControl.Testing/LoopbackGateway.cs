using WireMock.RequestBuilders;
using WireMock.ResponseProviders;
using WireMock.Server;
using WireMock.Settings;

namespace InternalControl.Testing;

/// <summary>
/// An SMS gateway played by WireMock.Net on a loopback port: a test says how it answers a POST to <see cref="SendUrl"/>,
/// points a channel at it, and reads what it was sent from <see cref="Server"/>.
/// </summary>
public sealed class LoopbackGateway : IDisposable
{
    private const string SendPath = "/send";

    /// <summary>The WireMock server, for what it logged.</summary>
    public WireMockServer Server { get; } = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{LoopbackPorts.Free()}"] });

    /// <summary>Where the gateway takes an SMS.</summary>
    public string SendUrl => Server.Url + SendPath;

    /// <summary>Answers every SMS with <paramref name="status"/>.</summary>
    public void Answer(int status) => Answer(WireMock.ResponseBuilders.Response.Create().WithStatusCode(status));

    /// <summary>Answers every SMS as <paramref name="response"/> says (a delay, a callback that reads the body).</summary>
    public void Answer(IResponseProvider response) =>
        Server.Given(Request.Create().WithPath(SendPath).UsingPost()).RespondWith(response);

    /// <inheritdoc />
    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }
}
