using System.Data.Common;
using InternalControl.Storage.Database;

namespace InternalControl.Testing.Databases;

/// <summary>
/// A school database as an older program left it: the text `ic init` attached for a file (its first version, the
/// product's) was the older program's shipped text. Written straight into the tables, as no command of this program
/// writes an older shipped text.
/// </summary>
public static class OlderProgram
{
    /// <summary>Makes <paramref name="text"/> the attached text of <paramref name="file"/> and of its first version.</summary>
    public static void Shipped(SchoolDatabase database, long schoolId, string file, string text)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.OpenConnection();
        Execute(connection, "UPDATE school_policies SET source = @text WHERE school_id = @school AND file_name = @file", schoolId, file, text);
        Execute(
            connection,
            "UPDATE school_policy_versions SET source = @text WHERE id = (SELECT MIN(id) FROM school_policy_versions WHERE school_id = @school AND file_name = @file)",
            schoolId,
            file,
            text);
    }

    /// <summary>Makes <paramref name="file"/> one the older program did not ship: not attached, and no version of it kept.</summary>
    public static void NotShipped(SchoolDatabase database, long schoolId, string file)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.OpenConnection();
        Execute(connection, "DELETE FROM school_policies WHERE school_id = @school AND file_name = @file", schoolId, file, "");
        Execute(connection, "DELETE FROM school_policy_versions WHERE school_id = @school AND file_name = @file", schoolId, file, "");
    }

    private static void Execute(DbConnection connection, string sql, long schoolId, string file, string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@school", schoolId);
        Add(command, "@file", file);
        Add(command, "@text", text);
        command.ExecuteNonQuery();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
