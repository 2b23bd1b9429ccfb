using System.Security.Cryptography;
using System.Text;
using InternalControl.Application.Access;
using InternalControl.Application.Cases;
using InternalControl.Application.Demo;
using InternalControl.Application.Policies.Workbench;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Storage.Database;
using Microsoft.Data.Sqlite;

namespace InternalControl.Cli.Tests.Workbench;

/// <summary>
/// The sample Kyrgyz school made by `ic init` and `ic import` (<see cref="SchoolFixture"/>), evaluated by `ic evaluate` so that
/// the attached policy's cases are open, and the policy workbench of one of its staff.
/// </summary>
internal sealed class WorkbenchSchool : IDisposable
{
    /// <summary>An overlay that asks for two "2" marks instead of three (5.7): more cases open.</summary>
    public const string Lower = "policy \"school-12\" extends \"kg-school-97-low-achievers\"\nparameter twos_threshold = 2\n";

    /// <summary>An overlay that asks for four "2" marks instead of three (5.7): fewer cases open.</summary>
    public const string Higher = "policy \"school-12\" extends \"kg-school-97-low-achievers\"\nparameter twos_threshold = 4\n";

    public WorkbenchSchool()
    {
        Assert.Equal(0, School.Run("evaluate").ExitCode);
        Workspace = Workspace.Open(School.Db, null, new SteppingClock(SchoolTime.MorningOf(new DateOnly(2026, 11, 27)))).Value!;
        using var session = SchoolSession.Open(Workspace).Value!;
        Data = session.Data;
    }

    public SchoolFixture School { get; } = new();

    public Workspace Workspace { get; }

    public SchoolData Data { get; }

    /// <summary>The workbench as the first member of staff with <paramref name="role"/> opens it (null when they may not).</summary>
    public PolicyWorkbench? As(StaffRole role, Language? language = null)
    {
        using var session = SchoolSession.Open(Workspace).Value!;
        var person = new Person(Workspace.School.Id, PersonKind.Staff, Data.Staff.First(s => s.Has(role)).Id);
        return PolicyWorkbench.For(Workspace, PupilAccess.For(person, session.Data, session.Runtime), language ?? Language.En);
    }

    /// <summary>A copy of the school's database file, as it is now.</summary>
    public string Copy()
    {
        SchoolDatabase.ReleaseAll();
        var copy = School.Temp.File($"copy-{Guid.NewGuid():N}.db");
        File.Copy(School.Db, copy);
        return copy;
    }

    /// <summary>A hash of every row of every table of the school's database, in order: equal hashes, nothing written.</summary>
    public string TableHash()
    {
        SchoolDatabase.ReleaseAll();
        using var connection = new SqliteConnection($"Data Source={School.Db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables)
        {
            using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var reader = rows.ExecuteReader();
            text.Append(table).Append('\n');
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\u001f');
                }

                text.Append('\n');
            }
        }

        Assert.True(tables.Count > 10, "The school's tables are read.");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public void Dispose() => School.Dispose();
}
