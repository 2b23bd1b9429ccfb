using System.Globalization;
using InternalControl.Testing;
using InternalControl.Testing.Databases;
using Npgsql;

namespace InternalControl.Cli.Tests.Workers;

/// <summary>A district database on PostgreSQL with the sample Kyrgyz school imported as several schools (S1, S2, ...), each with the shipped No. 97 policy.</summary>
internal sealed class DistrictDatabase : IDisposable
{
    private readonly TestDatabase _database;

    public DistrictDatabase(int schools)
    {
        _database = new TestDatabase(Backend.Postgres, Temp);
        for (var i = 1; i <= schools; i++)
        {
            var name = "S" + i.ToString(CultureInfo.InvariantCulture);
            Ic.Run("init", "--country", "kg", "--school", name, "--year", "2026-2027", "--db", Db).AssertSucceeded();
            Ic.Run("import", Path.Combine(AppContext.BaseDirectory, "samples", "kg-school"), "--db", Db, "--school-name", name).AssertSucceeded();
        }
    }

    public TempFolder Temp { get; } = new();

    /// <summary>The connection string, as --db takes it.</summary>
    public string Db => _database.Target;

    /// <summary>The first column of the first row of <paramref name="sql"/> as a long (0 for none).</summary>
    public long Count(string sql) => Convert.ToInt64(Query(sql).FirstOrDefault()?[0] ?? 0L, CultureInfo.InvariantCulture);

    /// <summary>Every row of <paramref name="sql"/>, each as its column values.</summary>
    public List<object?[]> Query(string sql)
    {
        using var connection = new NpgsqlConnection(Db);
        connection.Open();
        return SqlRows.Read(connection, sql);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        _database.Dispose();
        Temp.Dispose();
    }
}
