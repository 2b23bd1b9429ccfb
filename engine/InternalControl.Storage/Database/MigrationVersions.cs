using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using FluentMigrator;

namespace InternalControl.Storage.Database;

/// <summary>
/// The versions of the migrations a set of assemblies holds, and whether a database has applied every one of them, read
/// from FluentMigrator's version table without building its runner. A command on a database that is up to date (nearly
/// every command) so costs one small query instead of the runner's services, scan and queries.
/// </summary>
internal static class MigrationVersions
{
    private static readonly ConcurrentDictionary<string, HashSet<long>> Known = new(StringComparer.Ordinal);

    /// <summary>
    /// True when the version table lists every migration of <paramref name="assemblies"/>. False when one is missing, or
    /// when the table cannot be read (a new database has none): the runner then decides, and says what is wrong.
    /// </summary>
    public static bool AllApplied(DbConnection connection, Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var known = Of(assemblies);
        var applied = new HashSet<long>();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"Version\" FROM \"VersionInfo\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                applied.Add(reader.GetInt64(0));
            }
        }
        catch (DbException)
        {
            return false;
        }

        return known.IsSubsetOf(applied);
    }

    /// <summary>The versions of the migrations the runner would find in <paramref name="assemblies"/> (its `For.Migrations()` scan).</summary>
    public static HashSet<long> Of(Assembly[] assemblies) =>
        Known.GetOrAdd(
            string.Join('|', assemblies.Select(a => a.FullName).Distinct().Order(StringComparer.Ordinal)),
            _ => [.. assemblies.Distinct()
                .SelectMany(a => a.GetTypes())
                .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMigration).IsAssignableFrom(t))
                .Select(t => t.GetCustomAttribute<MigrationAttribute>())
                .OfType<MigrationAttribute>()
                .Select(a => a.Version)]);
}
