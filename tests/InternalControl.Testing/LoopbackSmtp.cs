using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace InternalControl.Testing;

/// <summary>An in-process SMTP server (the SmtpServer package) on a free loopback port, keeping what it receives; it refuses the first <see cref="RefuseNext"/> messages.</summary>
public sealed class LoopbackSmtp : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Store _store;

    public LoopbackSmtp()
    {
        Port = LoopbackPorts.Free();
        _store = new Store(this);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        WaitListening();
    }

    public int Port { get; }

    /// <summary>How many of the next messages to refuse (554 transaction failed).</summary>
    public int RefuseNext { get; set; }

    public int Refused { get; private set; }

    /// <summary>The messages taken (lock it while the server may still receive).</summary>
    public List<MimeMessage> Received { get; } = [];

    /// <summary>A copy of the messages taken so far.</summary>
    public IReadOnlyList<MimeMessage> Snapshot()
    {
        lock (Received)
        {
            return [.. Received];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private void WaitListening()
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Yield();
                _running.Wait(20);
            }
        }

        throw new InvalidOperationException("The loopback SMTP server did not start.");
    }

    private sealed class Store(LoopbackSmtp server) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            lock (server.Received)
            {
                if (server.RefuseNext > 0)
                {
                    server.RefuseNext--;
                    server.Refused++;
                    return Task.FromResult(SmtpResponse.TransactionFailed);
                }

                using var stream = new MemoryStream(buffer.ToArray());
                server.Received.Add(MimeMessage.Load(stream));
                return Task.FromResult(SmtpResponse.Ok);
            }
        }
    }
}
