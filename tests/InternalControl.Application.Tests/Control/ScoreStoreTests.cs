using InternalControl.Application.Control;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Testing;

namespace InternalControl.Application.Tests.Control;
public sealed class ScoreStoreTests
{
    [Fact]
    public void Save_SameKeyTwice_UpdatesInsteadOfDuplicating()
    {
        // Arrange
        using var folder = new TempFolder();
        var database = SchoolDatabase.Open(folder.File("school.db"));
        var school = database.Schools.CreateSchool("S", Country.Kz, [Language.Kk], false, "2025-2026");
        var store = database.Scores;
        var first = new EvaluationScore("t1", "teacher", "III.3", "1", 0, new DateOnly(2025, 10, 1), "d1");
        store.Save(school.Id, [first]);

        // Act
        store.Save(school.Id, [first with { Score = 2 }]);

        // Assert
        Assert.Equal(2, Assert.Single(store.Load(school.Id)).Score);
    }
}
