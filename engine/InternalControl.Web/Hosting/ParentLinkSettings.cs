using System.Globalization;
using InternalControl.Application.Access;
using InternalControl.Web.Background;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InternalControl.Web.Hosting;

/// <summary>
/// Parents' sign-in links as this host sends them: <c>Access:ParentLinkMinutes</c> and <c>Access:ParentLinksPerHour</c>,
/// <c>Access:LinkRequestsPerAddress</c> (requests one network address may make an hour, default 10) and
/// <c>Access:LinkRequestMilliseconds</c> (the least time the answer to a request takes, default 250, so that a parent's
/// address and a stranger's answer alike in time too) (from the host's configuration, <c>ic.settings.json</c> beside the database and <c>IC_</c> environment variables, as
/// the outbox's settings; otherwise <see cref="WebHostOptions.ParentLinks"/>), and the site a link points to: the
/// outbox's <c>Link</c> setting, else the address the host listens on; never the request's Host header, which a
/// stranger could set to send a parent's token to a site of their own.
/// </summary>
internal sealed class ParentLinkSettings(IConfiguration configuration, SchoolHost host, IServer server)
{
    /// <summary>Requests one network address may make an hour, unless <c>Access:LinkRequestsPerAddress</c> says otherwise.</summary>
    public const int DefaultRequestsPerAddress = 10;

    /// <summary>The least time, in milliseconds, a request's answer takes, unless <c>Access:LinkRequestMilliseconds</c> says otherwise.</summary>
    public const int DefaultRequestMilliseconds = 250;

    /// <summary>The shortest <c>Access:AddressKey</c> taken: a shorter one is no secret, and requests are counted in memory.</summary>
    public const int AddressKeyLength = 16;

    public ParentLinkOptions Options()
    {
        using var layered = Layered();
        return ParentLinkOptions.Read(layered, host.Options.ParentLinks);
    }

    /// <summary>
    /// How many link requests one network address may make in an hour, and the key under which they are counted in the
    /// database, over every host (<c>Access:AddressKey</c>, at least <see cref="AddressKeyLength"/> characters; null:
    /// counted in this host's memory), read together once per request.
    /// </summary>
    public (int PerHour, string? Key) AddressLimit()
    {
        using var layered = Layered();
        return (
            Number(layered["Access:LinkRequestsPerAddress"]) ?? DefaultRequestsPerAddress,
            layered["Access:AddressKey"] is { Length: >= AddressKeyLength } key ? key : null);
    }

    /// <summary>The least time the answer to a link request takes (0 turns the padding off).</summary>
    public TimeSpan RequestFloor()
    {
        using var layered = Layered();
        var text = layered["Access:LinkRequestMilliseconds"];
        return TimeSpan.FromMilliseconds(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : DefaultRequestMilliseconds);
    }

    private ConfigurationRoot Layered()
    {
        var builder = new ConfigurationBuilder().AddConfiguration(configuration);
        if (Path.GetDirectoryName(Path.GetFullPath(host.Options.DatabasePath)) is { } folder && Directory.Exists(folder))
        {
            builder.AddJsonFile(Path.Combine(folder, OutboxConfiguration.SettingsFile), optional: true, reloadOnChange: false);
        }

        return (ConfigurationRoot)builder.AddEnvironmentVariables("IC_").Build();
    }

    public Uri Site()
    {
        try
        {
            if (new OutboxConfiguration(configuration, host.Options.DatabasePath).Settings().Link is { } link)
            {
                return link;
            }
        }
        catch (FormatException)
        {
            // A malformed outbox setting: the host's own address serves.
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? host.Options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        return new Uri(listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute);
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
