using InternalControl.Kernel.Schools;
using InternalControl.Storage.Database;
using InternalControl.Localization;
using InternalControl.Testing;
using Microsoft.Data.Sqlite;

namespace InternalControl.Storage.Tests.Database;

public sealed class SchoolDatabaseTests
{
    [Fact]
    public void Open_NewFile_AppliesMigrationsInWalModeWithForeignKeys()
    {
        // Arrange
        using var temp = new TempFolder();

        // Act
        var database = SchoolDatabase.Open(temp.File("school.db"));

        // Assert
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA foreign_keys";
        Assert.Equal(1L, command.ExecuteScalar());
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('schools','classes','pupils','marks','absences')";
        Assert.Equal(5L, command.ExecuteScalar());
    }

    [Fact]
    public void Open_ExistingFile_KeepsItsSchools()
    {
        // Arrange
        using var temp = new TempFolder();
        var path = temp.File("school.db");
        SchoolDatabase.Open(path).Schools.CreateSchool("No. 97", Country.Kg, [Language.Ky, Language.Ru], false, "2026-2027");

        // Act
        var schools = SchoolDatabase.Open(path).Schools.Schools();

        // Assert
        var school = Assert.Single(schools);
        Assert.Equal("No. 97", school.Name);
        Assert.Equal([Language.Ky, Language.Ru], school.Languages);
    }

    [Fact]
    public void Insert_ClassOfUnknownSchool_IsRefusedByForeignKey()
    {
        // Arrange
        using var temp = new TempFolder();
        var database = SchoolDatabase.Open(temp.File("school.db"));
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO classes (school_id, id, name, grade_level, language) VALUES (42, '7a', '7A', 7, 'ky')";

        // Act and assert
        Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
    }
}
