using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Testing;
using InternalControl.Testing.Databases;

namespace InternalControl.Storage.Tests.Policies;

/// <summary>
/// Every attached version of a policy file, kept by migrations 3401 and 3402 on SQLite and PostgreSQL alike. On a
/// database of the schema before 3402, the first version of each file attached at the school's first attach (the text
/// `ic init` attached) is the product's text, and every later version is the school's own.
/// </summary>
public sealed class PolicyVersionTests : IDisposable
{
    private const string Before3402 = """
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
    public void Attach_AFileOfTheSameName_ReplacesItInPlace_AndKeepsEveryVersionWithWhoAndWhen(Backend backend)
    {
        // Arrange
        using var target = new TestDatabase(backend, _temp);
        var database = SchoolDatabase.Open(target.Target);
        var school = database.Schools.CreateSchool("No. 97", Country.Kg, [Language.Ky], false, "2026-2027");
        var at = new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
        database.Policies.Attach(school.Id, new PolicySource("10-baseline.icp", "саясат 1"), at, "cli");
        var first = database.Policies.Attach(school.Id, new PolicySource("20-overlay.icp", "саясат 2"), at.AddDays(1), "staff:S1");

        // Act
        var second = database.Policies.Attach(school.Id, new PolicySource("20-overlay.icp", "саясат 3"), at.AddDays(2), "staff:S2");
        var restored = database.Policies.Attach(school.Id, new PolicySource("20-overlay.icp", "саясат 2"), at.AddDays(3), "staff:S1", first.Id);

        // Assert: the overlay is replaced in its place; its three versions and the baseline's one, newest first.
        Assert.Equal([new PolicySource("10-baseline.icp", "саясат 1"), new PolicySource("20-overlay.icp", "саясат 2")], database.Policies.Sources(school.Id));
        var versions = database.Policies.Versions(school.Id);
        Assert.Equal([restored, second, first], versions.Take(3));
        Assert.Equal(
            [("20-overlay.icp", 3, "staff:S1", at.AddDays(3), (long?)first.Id), ("20-overlay.icp", 2, "staff:S2", at.AddDays(2), null), ("20-overlay.icp", 1, "staff:S1", at.AddDays(1), null), ("10-baseline.icp", 1, "cli", at, null)],
            versions.Select(v => (v.File, v.Number, v.AttachedBy, v.AttachedAt, v.RestoredFrom)));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void AttachShipped_OneChangedAndOneNewFile_KeepsVersionsOfThoseTwoOnly_AsTheProducts(Backend backend)
    {
        // Arrange: a baseline as `ic init` attaches it and an overlay; then a changed baseline and a new second baseline
        // file before the overlay, as an upgrade to the texts shipped since attaches them.
        using var target = new TestDatabase(backend, _temp);
        var database = SchoolDatabase.Open(target.Target);
        var school = database.Schools.CreateSchool("No. 97", Country.Kg, [Language.Ky], false, "2026-2027");
        var other = database.Schools.CreateSchool("No. 12", Country.Kg, [Language.Ky], false, "2026-2027");
        var at = new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
        var overlay = new PolicySource("90-overlay.icp", "саясат 9");
        database.Policies.Attach(school.Id, new PolicySource("10-baseline.icp", "саясат 1"), at, "cli", shipped: true);
        database.Policies.Attach(school.Id, overlay, at, "cli");
        database.Policies.Attach(other.Id, new PolicySource("10-baseline.icp", "саясат 1"), at, "cli", shipped: true);
        List<PolicySource> files = [new("10-baseline.icp", "саясат 1, 2027"), new("20-risk.icp", "саясат 2"), overlay];

        // Act
        var kept = database.Policies.AttachShipped(school.Id, database.Policies.Sources(school.Id), files, at.AddDays(90), "staff:t002");

        // Assert: the files in the new order; a version each for the changed and the new file, none for the overlay.
        Assert.Equal(files, database.Policies.Sources(school.Id));
        Assert.Equal([("10-baseline.icp", 2, "staff:t002", true), ("20-risk.icp", 1, "staff:t002", true)], kept!.Select(v => (v.File, v.Number, v.AttachedBy, v.Shipped)));
        Assert.Equal(
            [("10-baseline.icp", true), ("90-overlay.icp", false), ("10-baseline.icp", true), ("20-risk.icp", true)],
            database.Policies.Versions(school.Id).Reverse().Select(v => (v.File, v.Shipped)));
        Assert.Equal([new PolicySource("10-baseline.icp", "саясат 1")], database.Policies.Sources(other.Id));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Migrate_VersionsKeptBefore_FirstOfEachFileIsTheProductsText(Backend backend)
    {
        // Arrange
        using var target = new TestDatabase(backend, _temp);
        OldSchema.Prepare(target.Target, 3401, Before3402);

        // Act
        var database = SchoolDatabase.Open(target.Target);

        // Assert: oldest first.
        Assert.Equal(
            [("10-baseline.icp", 1, true), ("90-overlay.icp", 1, false), ("10-baseline.icp", 2, false)],
            database.Policies.Versions(database.Schools.Schools().Single().Id).Reverse().Select(v => (v.File, v.Number, v.Shipped)));
    }
}
