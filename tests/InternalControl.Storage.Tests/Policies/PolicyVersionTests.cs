using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Testing;
using InternalControl.Testing.Databases;

namespace InternalControl.Storage.Tests.Policies;

/// <summary>Every attached version of a policy file, kept by migration 3401 on SQLite and PostgreSQL alike.</summary>
public sealed class PolicyVersionTests : IDisposable
{
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
}
