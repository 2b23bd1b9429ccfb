using static InternalControl.Testing.Cultures;

namespace InternalControl.Application.Tests.Import;

/// <summary>
/// teaching.csv's optional weekly_hours column (migration 1102): the Kazakh unit-summative limit depends on it
/// (at most 2 a quarter for 1 hour a week, otherwise 3; seed 001 R31, criteria-based assessment rules).
/// </summary>
public sealed class TeachingHoursTests
{
    [Fact]
    public void Import_WeeklyHours_AreStoredAndLoadedWithTheAssignment()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("teaching.csv", "class_id,subject_id,teacher_id,weekly_hours\n7a,math,t1,5\n7b,math,t2,\n7a,russian_language,t2,\"1,5\"");

        // Act
        var outcome = folder.Import();
        var teaching = folder.Database.Schools.Load(folder.School).Teaching;

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.Equal(5m, teaching.Single(t => t.ClassId == "7a" && t.SubjectId == "math").WeeklyHours);
        Assert.Null(teaching.Single(t => t.ClassId == "7b").WeeklyHours);
        Assert.Equal(1.5m, teaching.Single(t => t.SubjectId == "russian_language").WeeklyHours);
    }

    [Fact]
    public void Import_NoWeeklyHoursColumn_ImportsWithoutHours()
    {
        // Arrange: the column is optional; files written before it existed still import.
        using var folder = new ImportFolder();

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.All(folder.Database.Schools.Load(folder.School).Teaching, t => Assert.Null(t.WeeklyHours));
    }

    [Fact]
    public void Import_WeeklyHoursNotANumber_ReportsTheCellInRussianAndKazakh()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("teaching.csv", "class_id,subject_id,teacher_id,weekly_hours\n7a,math,t1,пять\n7b,math,t2,4\n7a,russian_language,t2,2");

        // Act
        var outcome = folder.Import();

        // Assert
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("teaching.csv", 2, "weekly_hours"), (error.File, error.Row, error.Column));
        Assert.Equal("«пять» — не число часов в неделю: укажите число, например 1, 2 или 1,5.", error.Message(Ru));
        Assert.Equal("«пять» — апталық сағат саны емес: 1, 2 немесе 1,5 сияқты сан жазыңыз.", error.Message(Kk));
        Assert.Empty(folder.Database.Schools.Load(folder.School).Teaching);
    }

    [Fact]
    public void Import_WeeklyHoursZero_IsOutOfRange()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("teaching.csv", "class_id,subject_id,teacher_id,weekly_hours\n7a,math,t1,4\n7b,math,t2,0\n7a,russian_language,t2,2");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("teaching.csv", 3, "weekly_hours"), (error.File, error.Row, error.Column));
        Assert.Equal("0 вне допустимых пределов: значение должно быть от 0,5 до 40.", error.Message(Ru));
    }
}
