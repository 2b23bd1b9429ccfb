using InternalControl.Storage.Database;
using InternalControl.Testing;
using InternalControl.Testing.Databases;

namespace InternalControl.Storage.Tests.Access;

/// <summary>The request window (issue 11), run on each backend by <see cref="SqliteRequestWindowStoreTests"/> and <see cref="PostgresRequestWindowStoreTests"/>.</summary>
public abstract class RequestWindowStoreTests : IDisposable
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(6));
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private readonly TempFolder _temp = new();
    private readonly TestDatabase _target;
    private readonly SchoolDatabase _database;

    protected RequestWindowStoreTests(Backend backend)
    {
        _target = new TestDatabase(backend, _temp);
        _database = SchoolDatabase.Open(_target.Target);
    }

    public void Dispose()
    {
        _target.Dispose();
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Admit_ThirdRequestOfTheHour_IsRefusedAndAnHourAfterTheFirstIsAdmitted()
    {
        // Act
        var first = _database.RequestWindows.Admit("A", Nine, Hour, 2);
        var second = _database.RequestWindows.Admit("A", Nine.AddMinutes(10), Hour, 2);
        var third = _database.RequestWindows.Admit("A", Nine.AddMinutes(59), Hour, 2);
        var later = _database.RequestWindows.Admit("A", Nine.AddMinutes(60), Hour, 2);
        var again = _database.RequestWindows.Admit("A", Nine.AddMinutes(61), Hour, 2);

        // Assert: the refused third is not counted; at 10:00 the 9:00 request has left the window, the 9:10 one not
        Assert.Equal([true, true, false, true, false], [first, second, third, later, again]);
    }

    [Fact]
    public void Admit_AnotherKey_HasAWindowOfItsOwn()
    {
        // Arrange
        _database.RequestWindows.Admit("A", Nine, Hour, 1);

        // Act
        var other = _database.RequestWindows.Admit("B", Nine, Hour, 1);
        var same = _database.RequestWindows.Admit("A", Nine.AddMinutes(1), Hour, 1);

        // Assert
        Assert.True(other);
        Assert.False(same);
    }

    [Fact]
    public void Admit_InstantsInAnotherOffset_CountOnOneTimeline()
    {
        // Arrange: a request at 9:00 in UTC+6 is 3:00 UTC
        _database.RequestWindows.Admit("A", Nine, Hour, 1);

        // Act: 3:30 UTC is within the hour, 4:01 UTC is not
        var within = _database.RequestWindows.Admit("A", new DateTimeOffset(2026, 11, 27, 3, 30, 0, TimeSpan.Zero), Hour, 1);
        var after = _database.RequestWindows.Admit("A", new DateTimeOffset(2026, 11, 27, 4, 1, 0, TimeSpan.Zero), Hour, 1);

        // Assert
        Assert.False(within);
        Assert.True(after);
    }

    [Fact]
    public async Task Admit_ManyHostsAtOnce_AdmitExactlyTheLimit()
    {
        // Act: 12 requests of one key at the same instant from 12 threads, 5 an hour
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => _database.RequestWindows.Admit("A", Nine, Hour, 5))));

        // Assert
        Assert.Equal(5, answers.Count(a => a));
    }
}
