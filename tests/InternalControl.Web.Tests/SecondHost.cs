using Microsoft.AspNetCore.Builder;

namespace InternalControl.Web.Tests;

/// <summary>Another web host over a <see cref="WebSchool"/>'s database (<see cref="WebSchool.AnotherHost"/>), stopped when disposed.</summary>
public sealed class SecondHost(WebApplication app, Uri baseAddress) : IDisposable
{
    /// <summary>Where it listens (http://127.0.0.1:PORT).</summary>
    public Uri BaseAddress { get; } = baseAddress;

    public void Dispose()
    {
        app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)app).Dispose();
    }
}
