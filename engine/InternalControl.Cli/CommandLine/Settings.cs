using InternalControl.Cli.Commands;
using Microsoft.Extensions.Configuration;

namespace InternalControl.Cli.CommandLine;

/// <summary>The settings of `ic`: ic.settings.json beside the database, then IC_-prefixed environment variables (IC_Outbox__Smtp__Host).</summary>
internal static class Settings
{
    public static IConfiguration Read(string databasePath)
    {
        // A --db that is not a file (empty, a PostgreSQL connection string) reads the file of the current folder.
        var builder = new ConfigurationBuilder();
        var file = !string.IsNullOrWhiteSpace(databasePath) && !databasePath.Contains('=', StringComparison.Ordinal) && !databasePath.Contains("://", StringComparison.Ordinal);
        var folder = file ? Path.GetDirectoryName(Path.GetFullPath(databasePath)) : Directory.GetCurrentDirectory();
        if (folder is not null && Directory.Exists(folder))
        {
            builder.AddJsonFile(Path.Combine(folder, OutboxCommand.SettingsFile), optional: true, reloadOnChange: false);
        }

        return builder.AddEnvironmentVariables("IC_").Build();
    }
}
