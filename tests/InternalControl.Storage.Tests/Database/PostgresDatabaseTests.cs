using Dapper;
using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Testing.Postgres;

namespace InternalControl.Storage.Tests.Database;

/// <summary>
/// The engine's migrations and its school, score and policy stores on PostgreSQL: a private cluster, or the server in
/// IC_TEST_POSTGRES, with a database of this class's own.
/// </summary>
public sealed class PostgresDatabaseTests(PostgresDatabase server) : IClassFixture<PostgresDatabase>
{
    private readonly SchoolDatabase _database = SchoolDatabase.Open(server.ConnectionString);

    [Fact]
    public void Open_ConnectionString_AppliesTheMigrationsAndHidesThePassword()
    {
        // Act: opening twice runs each migration once.
        var again = SchoolDatabase.Open(server.ConnectionString + ";Password=secret");

        // Assert
        using var connection = _database.ConnectPostgres();
        var tables = connection.Query<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'").ToHashSet();
        Assert.Superset(new HashSet<string> { "schools", "classes", "pupils", "marks", "absences", "scores", "school_policies" }, tables);
        Assert.True(again.IsPostgres);
        Assert.DoesNotContain("secret", again.Path, StringComparison.Ordinal);
        Assert.StartsWith("postgres://", again.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MigratedDatabase_IsKnownUpToDateByItsVersionTable()
    {
        // Act: the check a second open makes instead of building FluentMigrator's runner.
        using var connection = _database.ConnectPostgres();
        var upToDate = MigrationVersions.AllApplied(connection, [typeof(SchoolDatabase).Assembly]);

        // Assert: true here, or every open of a district database would build the runner again.
        Assert.True(upToDate);
    }

    [Fact]
    public void Schools_TwoSchools_LoadEachItsOwnRows()
    {
        // Arrange
        var first = _database.Schools.CreateSchool("Pg A " + Guid.NewGuid().ToString("N"), Country.Kg, [Language.Ky, Language.Ru], true, "2026-2027");
        var second = _database.Schools.CreateSchool("Pg B " + Guid.NewGuid().ToString("N"), Country.Kz, [Language.Kk], false, "2025-2026");
        using (var connection = _database.ConnectPostgres())
        {
            foreach (var (school, pupil) in new[] { (first, "P1"), (second, "P2") })
            {
                connection.Execute(
                    "INSERT INTO classes (school_id, id, name, grade_level, language) VALUES (@school, '7A', '7A', 7, 'ky')", new { school = school.Id });
                connection.Execute(
                    "INSERT INTO pupils (school_id, id, full_name, class_id, birth_date) VALUES (@school, @pupil, 'N', '7A', '2013-01-02')",
                    new { school = school.Id, pupil });
                connection.Execute(
                    "INSERT INTO marks (school_id, pupil_id, subject_id, date, kind, seq, value) VALUES (@school, @pupil, 'MATH', '2026-10-01', 'current', 0, 2)",
                    new { school = school.Id, pupil });
            }
        }

        // Act
        var loaded = _database.Schools.Load(first);
        var found = _database.Schools.FindSchool(first.Name);

        // Assert
        Assert.Equal("P1", Assert.Single(loaded.Pupils).Id);
        Assert.Equal(7, Assert.Single(loaded.Classes).GradeLevel);
        var mark = Assert.Single(loaded.Marks);
        Assert.Equal(("P1", 2), (mark.PupilId, mark.Value));
        Assert.NotNull(found);
        Assert.True(found.Rural);
        Assert.Equal([Language.Ky, Language.Ru], found.Languages);
    }

    [Fact]
    public void Scores_SameKeyTwice_UpdatesInsteadOfDuplicating()
    {
        // Arrange
        var school = _database.Schools.CreateSchool("Pg S " + Guid.NewGuid().ToString("N"), Country.Kz, [Language.Kk], false, "2025-2026");
        var score = new EvaluationScore("t1", "teacher", "1", "1", 0, new DateOnly(2025, 10, 1), "I1");
        _database.Scores.Save(school.Id, [score]);

        // Act
        _database.Scores.Save(school.Id, [score with { Score = 2 }]);

        // Assert
        Assert.Equal(2, Assert.Single(_database.Scores.Load(school.Id)).Score);
    }

    [Fact]
    public void Policies_AttachedTwice_ComeBackInOrder()
    {
        // Arrange
        var school = _database.Schools.CreateSchool("Pg P " + Guid.NewGuid().ToString("N"), Country.Kg, [Language.Ky], false, "2026-2027");

        // Act
        _database.Policies.Attach(school.Id, new PolicySource("base.icp", "a"), DateTimeOffset.UnixEpoch);
        _database.Policies.Attach(school.Id, new PolicySource("overlay.icp", "b"), DateTimeOffset.UnixEpoch);

        // Assert
        Assert.Equal(["base.icp", "overlay.icp"], _database.Policies.Sources(school.Id).Select(s => s.File));
    }
}
