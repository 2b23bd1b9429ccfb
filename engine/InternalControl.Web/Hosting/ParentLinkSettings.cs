using System.Globalization;
using InternalControl.Application.Access;
using InternalControl.Web.Background;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InternalControl.Web.Hosting;

/// <summary>
/// Parents' sign-in links as this host sends them: <c>Access:ParentLinkMinutes</c> and <c>Access:ParentLinksPerHour</c>
/// (from the host's configuration, <c>ic.settings.json</c> beside the database and <c>IC_</c> environment variables, as
/// the outbox's settings; otherwise <see cref="WebHostOptions.ParentLinks"/>), and the site a link points to: the
/// outbox's <c>Link</c> setting, else the address the host listens on; never the request's Host header, which a
/// stranger could set to send a parent's token to a site of their own.
/// </summary>
internal sealed class ParentLinkSettings(IConfiguration configuration, SchoolHost host, IServer server)
{
    public ParentLinkOptions Options()
    {
        var fallback = host.Options.ParentLinks;
        var builder = new ConfigurationBuilder().AddConfiguration(configuration);
        if (Path.GetDirectoryName(Path.GetFullPath(host.Options.DatabasePath)) is { } folder && Directory.Exists(folder))
        {
            builder.AddJsonFile(Path.Combine(folder, OutboxConfiguration.SettingsFile), optional: true, reloadOnChange: false);
        }

        using var layered = (ConfigurationRoot)builder.AddEnvironmentVariables("IC_").Build();
        var minutes = Number(layered["Access:ParentLinkMinutes"]);
        var perHour = Number(layered["Access:ParentLinksPerHour"]);
        return new ParentLinkOptions(minutes is { } m ? TimeSpan.FromMinutes(m) : fallback.Validity, perHour ?? fallback.PerHour);
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
