using Microsoft.Data.Sqlite;

namespace InternalControl.Application.Import;

/// <summary>
/// The ids a school already has in the database, so that a folder with only some files (the daily
/// marks export) resolves its references against what an earlier import wrote.
/// </summary>
internal sealed class ExistingIds
{
    public HashSet<string> Classes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Staff { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Pupils { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Subjects { get; } = new(StringComparer.Ordinal);

    public static ExistingIds Load(SqliteConnection connection, SqliteTransaction transaction, long schoolId)
    {
        var ids = new ExistingIds();
        Fill(connection, transaction, schoolId, "classes", ids.Classes);
        Fill(connection, transaction, schoolId, "staff", ids.Staff);
        Fill(connection, transaction, schoolId, "pupils", ids.Pupils);
        Fill(connection, transaction, schoolId, "subjects", ids.Subjects);
        return ids;
    }

    private static void Fill(SqliteConnection connection, SqliteTransaction transaction, long schoolId, string table, HashSet<string> into)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;

        // The table name is one of four constants above, never input.
        command.CommandText = $"SELECT id FROM {table} WHERE school_id = $school";
        command.Parameters.AddWithValue("$school", schoolId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            into.Add(reader.GetString(0));
        }
    }
}
