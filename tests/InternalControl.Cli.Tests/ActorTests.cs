using System.Globalization;
using System.Text.Json;
using InternalControl.Testing.Databases;
using Microsoft.Data.Sqlite;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Hardening, finding 7: the audit trail cannot be forged. `--as` names a member of staff who may act on the task;
/// without it the journal records the operating system user, never the assignee.
/// </summary>
public sealed class ActorTests
{
    [Theory]
    [InlineData("t999")]
    [InlineData("Министр образования")]
    public void Finding7_CompleteAsSomeoneWhoIsNotStaff_IsRefusedAndWritesNothing(string actor)
    {
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var task = FirstTask(school, "individual_work");
        var before = DatabaseSnapshot.Of(school.Db);

        var english = school.Run("complete", task, "--outcome", "no_change", "--field", "problems=дроби", "--as", actor, "--lang", "en");
        var russian = school.Run("complete", task, "--outcome", "no_change", "--field", "problems=дроби", "--as", actor, "--lang", "ru");

        english.AssertError(1, "\"" + actor + "\" is not a member of the school's staff");
        russian.AssertError(1, "«" + actor + "» нет среди сотрудников школы");
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding7_CompleteAsAMemberOfStaffWhoMayNotActOnTheTask_IsRefused()
    {
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var task = FirstTask(school, "individual_work");
        var before = DatabaseSnapshot.Of(school.Db);

        // t003 is the psychologist: not the subject teacher's task, not a head.
        var kyrgyz = school.Run("complete", task, "--outcome", "no_change", "--field", "problems=дроби", "--as", "t003", "--lang", "ky");
        var english = school.Run("reassign", task, "--to", "t003", "--reason", "away", "--as", "t003", "--lang", "en");

        kyrgyz.AssertError(1, "Талант уулу Бакытбек " + task + "-тапшырма боюнча аракет кыла албайт");
        english.AssertError(1, "Талант уулу Бакытбек may not act on task " + task);
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding7_CompleteAsTheDeputyDirector_IsRecordedAsTheDeputyDirector()
    {
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var task = FirstTask(school, "individual_work");

        var run = school.Run("complete", task, "--outcome", "no_change", "--field", "problems=дроби", "--as", "t002");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("t002", LastActor(school.Db, task));
    }

    [Fact]
    public void Finding7_CompleteWithoutAs_RecordsTheOperatingSystemUserNotTheAssignee()
    {
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var task = FirstTask(school, "individual_work");
        var assignee = Assignee(school, task);

        var run = school.Run("complete", task, "--outcome", "no_change", "--field", "problems=дроби");

        Assert.Equal(0, run.ExitCode);
        var actor = LastActor(school.Db, task);
        Assert.Equal("os:" + Environment.UserName, actor);
        Assert.NotEqual(assignee, actor);
    }

    /// <summary>Who the journal says acted last on the task's case (entries the system writes by itself aside).</summary>
    private static string LastActor(string db, string task)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT actor FROM wf_journal WHERE actor <> 'system' AND case_id = (SELECT case_id FROM wf_tasks WHERE id = $task) ORDER BY seq DESC LIMIT 1";
        command.Parameters.AddWithValue("$task", long.Parse(task, CultureInfo.InvariantCulture));
        return (string)command.ExecuteScalar()!;
    }

    private static string? Assignee(SchoolFixture school, string task) =>
        JsonDocument.Parse(school.Run("tasks", "--json").Out).RootElement.EnumerateArray()
            .First(t => t.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture) == task)
            .GetProperty("assignee").GetString();

    private static string FirstTask(SchoolFixture school, string step) =>
        JsonDocument.Parse(school.Run("tasks", "--json").Out).RootElement.EnumerateArray()
            .First(t => t.GetProperty("step").GetString() == step)
            .GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
}
