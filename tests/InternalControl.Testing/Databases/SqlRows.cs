using System.Data.Common;

namespace InternalControl.Testing.Databases;

/// <summary>What a test reads straight from a database to check it: every row of a query, each as its column values (null for NULL).</summary>
public static class SqlRows
{
    public static List<object?[]> Read(DbConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
