using System.Data.Common;
using System.Globalization;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Time;
using Microsoft.Data.Sqlite;

namespace InternalControl.Storage.Database;

/// <summary>
/// Copies every table of one database into another, SQLite to PostgreSQL or back (a school's file into the district
/// database): both are opened with the same migrations, so their tables and columns match. The target must be empty; it is
/// written table by table, parents before the tables that reference them, in one transaction, and each table is checked
/// against the source before the commit: its row count, then row by row (every row of the source is in the target as
/// many times, each value compared as the source holds it: <see cref="RowFingerprints"/>). A mismatch or a failure
/// writes nothing.
/// </summary>
public static class DatabaseCopy
{
    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>; refused with a coded diagnostic, writing nothing, when it cannot be whole.</summary>
    public static DatabaseCopyOutcome Copy(SchoolDatabase source, SchoolDatabase target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        using var from = source.OpenConnection();
        using var to = target.OpenConnection();
        var tables = Ordered(to, target.IsPostgres);
        if (Count(to, "schools", null) > 0)
        {
            return new DatabaseCopyOutcome(new Dictionary<string, long>(), Diagnostic.Error("IC3701", SourceSpan.None, "Database.Error.CopyTargetNotEmpty", target.Path));
        }

        var types = ColumnTypes(to, target.IsPostgres);
        var identities = target.IsPostgres ? Identities(to, null).Select(i => i.Table).ToHashSet(StringComparer.Ordinal) : [];
        using var read = SchoolDatabase.BeginSnapshot(from);
        using var write = to.BeginTransaction();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            rows[table] = CopyTable(from, read, to, write, table, types, identities.Contains(table));
            if (Count(to, table, write) != rows[table] || Count(from, table, read) != rows[table])
            {
                return new DatabaseCopyOutcome(rows, Diagnostic.Error("IC3702", SourceSpan.None, "Database.Error.CopyCountMismatch", target.Path));
            }

            var differing = RowFingerprints.Differing(RowFingerprints.Of(from, read, table), RowFingerprints.Of(to, write, table));
            if (differing > 0)
            {
                return new DatabaseCopyOutcome(rows, Diagnostic.Error("IC3703", SourceSpan.None, "Database.Error.CopyRowMismatch", table, target.Path, differing));
            }
        }

        if (target.IsPostgres)
        {
            ResetIdentities(to, write);
        }

        write.Commit();
        return new DatabaseCopyOutcome(rows, null);
    }

    private static long CopyTable(DbConnection from, DbTransaction read, DbConnection to, DbTransaction write, string table, Dictionary<(string, string), string> types, bool identity)
    {
        using var select = from.CreateCommand();
        select.Transaction = read;

        // Table and column names come from the database's own catalog, never from input.
        select.CommandText = $"SELECT * FROM \"{table}\"";
        using var reader = select.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        using var insert = to.CreateCommand();
        insert.Transaction = write;
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}){(identity ? " OVERRIDING SYSTEM VALUE" : "")} VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            insert.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        long copied = 0;
        while (reader.Read())
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = Convert(reader.IsDBNull(i) ? null : reader.GetValue(i), types.GetValueOrDefault((table, columns[i])), to is SqliteConnection);
            }

            insert.ExecuteNonQuery();
            copied++;
        }

        return copied;
    }

    /// <summary>A value as the target's column takes it: SQLite keeps booleans as 0 or 1, PostgreSQL has booleans and 32-bit integers.</summary>
    private static object Convert(object? value, string? targetType, bool toSqlite) => value switch
    {
        null => DBNull.Value,
        bool flag when toSqlite => flag ? 1L : 0L,
        long number when targetType == "boolean" => number != 0,
        long number when targetType == "integer" => (int)number,
        long number when targetType == "smallint" => (short)number,
        DateTime time when toSqlite => IsoInstant.Text(time),
        var other => other,
    };

    private static long Count(DbConnection connection, string table, DbTransaction? tx)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return System.Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The tables (without the migrations' own), each after the tables it references.</summary>
    private static List<string> Ordered(DbConnection connection, bool postgres)
    {
        var tables = Strings(connection, postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .Where(t => !t.Equals("VersionInfo", StringComparison.OrdinalIgnoreCase)).ToList();
        var references = tables.ToDictionary(t => t, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var pairs = postgres
            ? Pairs(connection, """
                SELECT tc.table_name, ccu.table_name FROM information_schema.table_constraints tc
                JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
                WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()
                """)
            : tables.SelectMany(t => Strings(connection, $"SELECT \"table\" FROM pragma_foreign_key_list('{t}')").Select(r => (t, r))).ToList();
        foreach (var (table, referenced) in pairs)
        {
            if (references.ContainsKey(table) && table != referenced)
            {
                references[table].Add(referenced);
            }
        }

        var ordered = new List<string>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        void Place(string table)
        {
            if (!placed.Add(table))
            {
                return;
            }

            foreach (var parent in references[table].Where(references.ContainsKey).Order(StringComparer.Ordinal))
            {
                Place(parent);
            }

            ordered.Add(table);
        }

        foreach (var table in tables)
        {
            Place(table);
        }

        return ordered;
    }

    private static Dictionary<(string, string), string> ColumnTypes(DbConnection connection, bool postgres) =>
        postgres
            ? Pairs(connection, "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema()")
                .ToDictionary(p => (p.Item1.Split('.')[0], p.Item1.Split('.')[1]), p => p.Item2)
            : [];

    /// <summary>Sets each identity column's next value past the copied ids, so new rows do not collide with them.</summary>
    private static void ResetIdentities(DbConnection connection, DbTransaction tx)
    {
        foreach (var (table, column) in Identities(connection, tx))
        {
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{table}\"), 0) + 1, false)";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The identity columns of a PostgreSQL database: ids it assigns, which a copy sets itself (OVERRIDING SYSTEM VALUE).</summary>
    private static List<(string Table, string Column)> Identities(DbConnection connection, DbTransaction? tx) =>
        Pairs(connection, "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'", tx);

    private static List<string> Strings(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static List<(string, string)> Pairs(DbConnection connection, string sql, DbTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<(string, string)>();
        while (reader.Read())
        {
            values.Add((reader.GetString(0), reader.GetString(1)));
        }

        return values;
    }
}
