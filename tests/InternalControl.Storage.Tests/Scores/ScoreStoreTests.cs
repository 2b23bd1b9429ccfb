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

    private static EvaluationScore Score(string teacher, string criterion, int score) =>
        new(teacher, "teacher", "III.3", criterion, score, new DateOnly(2025, 10, 1), "d1");
}
