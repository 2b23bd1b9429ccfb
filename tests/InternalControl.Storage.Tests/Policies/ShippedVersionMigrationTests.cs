using InternalControl.Storage.Database;
using InternalControl.Testing;
using InternalControl.Testing.Databases;

namespace InternalControl.Storage.Tests.Policies;

/// <summary>
/// Migration 3402 on a database of the schema before it (3401): the first version of each file, the text `ic init`
/// attached, is the product's text; every later version is the school's own.
/// </summary>
public sealed class ShippedVersionMigrationTests : IDisposable
{
    private const string Before = """
        INSERT INTO schools (name, country, languages, rural, year) VALUES ('No. 97', 'kg', 'ky', false, '2026-2027');
        INSERT INTO school_policies (school_id, seq, file_name, source, attached_at)
            SELECT id, 1, '10-baseline.icp', 'саясат 2', '2026-10-01T08:00:00+06:00' FROM schools
            UNION ALL SELECT id, 2, '90-overlay.icp', 'саясат 9', '2026-09-02T08:00:00+06:00' FROM schools;
        INSERT INTO school_policy_versions (school_id, file_name, source, attached_by, attached_at)
            SELECT id, '10-baseline.icp', 'саясат 1', '', '2026-09-01T08:00:00+06:00' FROM schools;
        INSERT INTO school_policy_versions (school_id, file_name, source, attached_by, attached_at)
            SELECT id, '90-overlay.icp', 'саясат 9', 'staff:S1', '2026-09-02T08:00:00+06:00' FROM schools;
        INSERT INTO school_policy_versions (school_id, file_name, source, attached_by, attached_at)
            SELECT id, '10-baseline.icp', 'саясат 2', 'cli', '2026-10-01T08:00:00+06:00' FROM schools;
        """;

    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        SchoolDatabase.ReleaseAll();
        _temp.Dispose();
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Migrate_VersionsKeptBefore_FirstOfEachFileIsTheProductsText(Backend backend)
    {
        // Arrange
        using var target = new TestDatabase(backend, _temp);
        OldSchema.Prepare(target.Target, 3401, Before);

        // Act
        var database = SchoolDatabase.Open(target.Target);

        // Assert: oldest first.
        Assert.Equal(
            [("10-baseline.icp", 1, true), ("90-overlay.icp", 1, false), ("10-baseline.icp", 2, false)],
            database.Policies.Versions(database.Schools.Schools().Single().Id).Reverse().Select(v => (v.File, v.Number, v.Shipped)));
    }
}
