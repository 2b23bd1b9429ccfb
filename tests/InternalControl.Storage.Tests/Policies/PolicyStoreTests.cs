using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Testing;

namespace InternalControl.Storage.Tests.Policies;

public sealed class PolicyStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SchoolDatabase _database;
    private readonly School _school;

    public PolicyStoreTests()
    {
        _database = SchoolDatabase.Open(_temp.File("school.db"));
        _school = _database.Schools.CreateSchool("No. 97", Country.Kg, [Language.Ky], false, "2026-2027");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Sources_TwoFilesAttached_BaselineFirst()
    {
        // Arrange
        var at = new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
        _database.Policies.Attach(_school.Id, new PolicySource("10-baseline.icp", "саясат 1"), at);
        _database.Policies.Attach(_school.Id, new PolicySource("20-overlay.icp", "саясат 2"), at.AddDays(1));

        // Act
        var sources = _database.Policies.Sources(_school.Id);

        // Assert
        Assert.Equal([new PolicySource("10-baseline.icp", "саясат 1"), new PolicySource("20-overlay.icp", "саясат 2")], sources);
    }

    [Fact]
    public void Sources_FileOfAnotherSchool_IsNotListed()
    {
        // Arrange
        var other = _database.Schools.CreateSchool("No. 12", Country.Kg, [Language.Ky], false, "2026-2027");
        _database.Policies.Attach(other.Id, new PolicySource("10-baseline.icp", "саясат"), DateTimeOffset.UnixEpoch);

        // Act
        var sources = _database.Policies.Sources(_school.Id);

        // Assert
        Assert.Empty(sources);
    }

    [Fact]
    public void AttachShipped_AfterAnotherAttachCameBetween_WritesNothing()
    {
        // Arrange: the caller read one file; the school's overlay was attached after that read.
        var at = new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
        _database.Policies.Attach(_school.Id, new PolicySource("10-baseline.icp", "саясат 1"), at, "cli", shipped: true);
        var read = _database.Policies.Sources(_school.Id);
        _database.Policies.Attach(_school.Id, new PolicySource("90-overlay.icp", "саясат 9"), at, "staff:t002");
        var sources = _database.Policies.Sources(_school.Id);

        // Act
        var kept = _database.Policies.AttachShipped(_school.Id, read, [new("10-baseline.icp", "саясат 1, 2027")], at.AddDays(90), "cli");

        // Assert
        Assert.Null(kept);
        Assert.Equal(sources, _database.Policies.Sources(_school.Id));
        Assert.Equal(2, _database.Policies.Versions(_school.Id).Count);
    }
}
