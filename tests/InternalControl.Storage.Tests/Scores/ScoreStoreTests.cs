using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Testing;
using Microsoft.Data.Sqlite;

namespace InternalControl.Storage.Tests.Scores;

public sealed class ScoreStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SchoolDatabase _database;
    private readonly School _school;

    public ScoreStoreTests()
    {
        _database = SchoolDatabase.Open(_temp.File("school.db"));
        _school = _database.Schools.CreateSchool("S", Country.Kz, [Language.Kk], false, "2025-2026");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Save_SameKeyTwice_UpdatesInsteadOfDuplicating()
    {
        // Arrange
        var first = Score("t1", "1", 0);
        _database.Scores.Save(_school.Id, [first]);

        // Act
        _database.Scores.Save(_school.Id, [first with { Score = 2 }]);

        // Assert
        Assert.Equal(2, Assert.Single(_database.Scores.Load(_school.Id)).Score);
    }

    [Fact]
    public void Save_OneScoreTheDatabaseRefuses_SavesNone()
    {
        // Arrange: the second score has no inspector, which the table requires.
        var scores = new[] { Score("t1", "1", 2), Score("t1", "2", 1) with { InspectorId = null! } };

        // Act
        Assert.Throws<SqliteException>(() => _database.Scores.Save(_school.Id, scores));

        // Assert
        Assert.Empty(_database.Scores.Load(_school.Id));
    }

    [Fact]
    public void WithScores_ScoresOfTwoSchools_LoadsOnlyTheSchoolsOwn()
    {
        // Arrange
        var other = _database.Schools.CreateSchool("T", Country.Kz, [Language.Ru], false, "2025-2026");
        _database.Scores.Save(_school.Id, [Score("t2", "1", 1), Score("t1", "1", 2)]);
        _database.Scores.Save(other.Id, [Score("t9", "1", 0)]);

        // Act
        var data = _database.Scores.WithScores(_database.Schools.Load(_school));

        // Assert: ordered by object.
        Assert.Equal(["t1", "t2"], data.Scores.Select(s => s.ObjectId));
    }

    [Fact]
    public void Save_InACallersTransactionThatRollsBack_KeepsNoScore()
    {
        // Arrange: the caller's own connection and write transaction, as the workflow runtime's unit gives it.
        using var connection = _database.Connect();
        using var commands = new CommandCache(connection);
        var unit = WriteTransaction.Begin(commands);
        _database.Scores.Save(_school.Id, [Score("t1", "1", 2)], unit);

        // Act: the caller's next write fails, and it ends without committing.
        unit.Dispose();

        // Assert
        Assert.Empty(_database.Scores.Load(_school.Id));
    }

    [Fact]
    public void Save_InACallersTransactionOneScoreRefused_TheCallersEarlierScoresCommitAlone()
    {
        // Arrange: a first save in the caller's transaction succeeds.
        using var connection = _database.Connect();
        using var commands = new CommandCache(connection);
        using var unit = WriteTransaction.Begin(commands);
        _database.Scores.Save(_school.Id, [Score("t1", "1", 2)], unit);

        // Act: a second save's second score has no inspector, which the table requires; the caller goes on and commits.
        Assert.Throws<SqliteException>(() => _database.Scores.Save(_school.Id, [Score("t2", "1", 1), Score("t2", "2", 1) with { InspectorId = null! }], unit));
        unit.Commit();

        // Assert: the second save left nothing of its own, not even its valid first score.
        Assert.Equal(["t1"], _database.Scores.Load(_school.Id).Select(s => s.ObjectId));
    }

    [Fact]
    public void Commit_AnOuterTransactionWithASavepointStillOpen_IsRefused()
    {
        // Arrange
        using var connection = _database.Connect();
        using var commands = new CommandCache(connection);
        using var unit = WriteTransaction.Begin(commands);
        using var nested = WriteTransaction.Begin(commands);

        // Act
        var thrown = Record.Exception(unit.Commit);

        // Assert: the savepoint is nested, and the outer transaction is still open to roll back.
        Assert.True(nested.IsNested);
        Assert.IsType<InvalidOperationException>(thrown);
        Assert.True(unit.IsOpen);
    }

    private static EvaluationScore Score(string teacher, string criterion, int score) =>
        new(teacher, "teacher", "III.3", criterion, score, new DateOnly(2025, 10, 1), "d1");
}
