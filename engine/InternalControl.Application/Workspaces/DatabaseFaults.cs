using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace InternalControl.Application.Workspaces;

/// <summary>Faults of the environment that a database reports as exceptions, told apart from bugs.</summary>
public static class DatabaseFaults
{
    // SQLITE_READONLY (8): the file, its folder or the connection may not be written; SQLITE_CANTOPEN (14) on a
    // read-only folder that cannot take the journal. PostgreSQL: 25006 read_only_sql_transaction.
    private const int SqliteReadOnly = 8;

    /// <summary>True when <paramref name="fault"/> says that the database cannot be written, not that the product is wrong.</summary>
    public static bool IsReadOnly(Exception fault) => fault switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteReadOnly,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction,
        DbException => false,
        _ => fault.InnerException is { } inner && IsReadOnly(inner),
    };
}
