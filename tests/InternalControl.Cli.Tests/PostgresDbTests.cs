using InternalControl.Testing.Postgres;

namespace InternalControl.Cli.Tests;

/// <summary>`--db` takes a PostgreSQL connection string as well as a file: the same commands on a district database.</summary>
public sealed class PostgresDbTests(PostgresDatabase server) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public void Tasks_MalformedConnectionString_IsRefusedWithItsCodeAndNoPassword()
    {
        var run = Ic.Run("tasks", "--db", "Host=db.example;Password=hunter2;Bogus Key=1", "--lang", "en");

        run.AssertError(1, "IC3005");
        Assert.DoesNotContain("hunter2", run.Error + run.Out);
    }

    [Fact]
    public void Tasks_ServerThatRefuses_IsRefusedWithItsCodeAndNoPassword()
    {
        var run = Ic.Run("tasks", "--db", "postgres://ic:hunter2@127.0.0.1:1/district?Timeout=3", "--lang", "ru");

        run.AssertError(1, "IC3006: не удаётся открыть базу данных PostgreSQL postgres://127.0.0.1:1/district");
        Assert.DoesNotContain("hunter2", run.Error + run.Out);
    }

    [Fact]
    public void InitThenCases_OnPostgres_TheSchoolIsThere()
    {
        var init = Ic.Run("init", "--country", "kg", "--school", "No. 12", "--year", "2026-2027", "--db", server.ConnectionString, "--lang", "en");

        var cases = Ic.Run("cases", "--db", server.ConnectionString, "--school-name", "No. 12", "--lang", "en");

        init.AssertSucceeded();
        cases.AssertSucceeded();
        Assert.Equal("", cases.Error.Trim());
    }
}
