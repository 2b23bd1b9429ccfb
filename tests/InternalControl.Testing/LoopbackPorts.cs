using System.Net;
using System.Net.Sockets;

namespace InternalControl.Testing;

/// <summary>Free TCP ports on loopback, for the servers tests start (SMTP, WireMock, Kestrel).</summary>
public static class LoopbackPorts
{
    /// <summary>A port no one listens on now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
