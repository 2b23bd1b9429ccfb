using InternalControl.Application.Delivery;

namespace InternalControl.Web.Background;

/// <summary>
/// Where the host's outbox settings come from, read afresh each round (a changed file takes effect without a restart):
/// the host's own configuration, then <c>ic.settings.json</c> beside the database (as <c>ic outbox --send</c> reads it),
/// then <c>IC_</c>-prefixed environment variables (secrets belong there, e.g. <c>IC_Outbox__Smtp__Password</c>).
/// </summary>
internal sealed class OutboxConfiguration(IConfiguration host, string databasePath)
{
    /// <summary>The settings file read beside the database.</summary>
    public const string SettingsFile = "ic.settings.json";

    /// <summary>The outbox settings now. Throws <see cref="FormatException"/> for a value that is not a number, time or URL.</summary>
    public OutboxSettings Settings()
    {
        var builder = new ConfigurationBuilder().AddConfiguration(host);
        if (Path.GetDirectoryName(Path.GetFullPath(databasePath)) is { } folder && Directory.Exists(folder))
        {
            builder.AddJsonFile(Path.Combine(folder, SettingsFile), optional: true, reloadOnChange: false);
        }

        using var configuration = (ConfigurationRoot)builder.AddEnvironmentVariables("IC_").Build();
        return OutboxSettings.Read(configuration);
    }
}
