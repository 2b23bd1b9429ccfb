using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace InternalControl.Testing.Databases;

/// <summary>
/// What a SQLite database holds, table by table: the row count and a hash of every row (sorted, so that the
/// order a page happens to return rows in does not matter). Two snapshots taken around a refused command are
/// equal when the command changed nothing; <see cref="AssertSame"/> names the tables that differ.
/// The database is opened read-only, so taking a snapshot never writes.
/// </summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, (long Rows, string Hash)> Tables)
{
    /// <summary>Reads every table of the SQLite file at <paramref name="path"/>.</summary>
    public static DatabaseSnapshot Of(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var names = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var select = connection.CreateCommand();
            select.CommandText = "SELECT * FROM \"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            using var reader = select.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    row.Append(value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                    row.Append('\u001f');
                }

                rows.Add(row.ToString());
            }

            rows.Sort(StringComparer.Ordinal);
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows)));
            tables[name] = (rows.Count, Convert.ToHexString(hash));
        }

        return new DatabaseSnapshot(tables);
    }

    /// <summary>Fails, naming the tables whose row counts or contents differ, unless the two snapshots are equal.</summary>
    public static void AssertSame(DatabaseSnapshot before, DatabaseSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = before.Tables.Keys.Union(after.Tables.Keys)
            .Where(t => !before.Tables.TryGetValue(t, out var b) || !after.Tables.TryGetValue(t, out var a) || a != b)
            .Select(t => t + ": " + Describe(before, t) + " -> " + Describe(after, t))
            .ToList();
        Xunit.Assert.True(changed.Count == 0, "The database changed: " + string.Join("; ", changed));
        Xunit.Assert.NotEmpty(before.Tables);
    }

    private static string Describe(DatabaseSnapshot snapshot, string table) =>
        snapshot.Tables.TryGetValue(table, out var t) ? t.Rows + " rows" : "absent";
}
