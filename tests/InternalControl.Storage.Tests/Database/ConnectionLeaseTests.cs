using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Testing;

namespace InternalControl.Storage.Tests.Database;

public sealed class ConnectionLeaseTests
{
    private const string CountSql = "SELECT count(*) FROM classes WHERE school_id = @school";

    [Fact]
    public void Lease_AfterOneGivenBack_LendsTheSameConnectionWithItsStatementsPrepared()
    {
        // Arrange
        using var temp = new TempFolder();
        var (database, school) = Open(temp);
        System.Data.Common.DbConnection first;
        using (var lease = database.Lease())
        {
            first = lease.Connection;
            lease.Commands.Scalar(CountSql, null, ("@school", school));
        }

        // Act
        using var again = database.Lease();

        // Assert
        Assert.Same(first, again.Connection);
        Assert.Equal(1, again.Commands.Count);
    }

    [Fact]
    public void Lease_WhileAnotherIsOut_LendsAnotherConnection()
    {
        // Arrange
        using var temp = new TempFolder();
        var (database, _) = Open(temp);
        using var first = database.Lease();

        // Act
        using var second = database.Lease();

        // Assert
        Assert.NotSame(first.Connection, second.Connection);
    }

    [Fact]
    public void Lease_StatementPreparedBeforeAnotherConnectionWrote_ReadsTheNewRows()
    {
        // Arrange
        using var temp = new TempFolder();
        var (database, school) = Open(temp);
        using (var lease = database.Lease())
        {
            Assert.Equal(0L, lease.Commands.Scalar(CountSql, null, ("@school", school)));
        }

        AddClass(database, school, "7A");

        // Act
        using var again = database.Lease();
        var count = again.Commands.Scalar(CountSql, null, ("@school", school));

        // Assert
        Assert.Equal(1L, count);
    }

    [Fact]
    public void Lease_StatementPreparedBeforeTheSchemaChanged_ReadsTheSameRows()
    {
        // Arrange
        using var temp = new TempFolder();
        var (database, school) = Open(temp);
        AddClass(database, school, "7A");
        const string names = "SELECT id FROM classes WHERE school_id = @school ORDER BY id";
        using (var lease = database.Lease())
        {
            Assert.Equal(["7A"], lease.Commands.Many(names, null, row => row.GetString(0), ("@school", school)));
        }

        using (var connection = database.Connect())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE INDEX ix_test_classes_name ON classes (school_id, name); ALTER TABLE classes ADD COLUMN test_note TEXT;";
            command.ExecuteNonQuery();
        }

        AddClass(database, school, "7B");

        // Act
        using var again = database.Lease();
        var read = again.Commands.Many(names, null, row => row.GetString(0), ("@school", school));

        // Assert
        Assert.Equal(["7A", "7B"], read);
    }

    [Fact]
    public void Dispose_WithATransactionStillOpen_RollsItBackAndClosesTheConnection()
    {
        // Arrange
        using var temp = new TempFolder();
        var (database, school) = Open(temp);
        var lease = database.Lease();
        var first = lease.Connection;
        var transaction = WriteTransaction.Begin(lease.Commands);
        lease.Commands.Execute(
            "INSERT INTO classes (school_id, id, name, grade_level, language) VALUES (@school, '7A', '7A', 7, 'ky')", transaction, ("@school", school));

        // Act
        lease.Dispose();

        // Assert
        using var again = database.Lease();
        Assert.NotSame(first, again.Connection);
        Assert.Equal(0L, again.Commands.Scalar(CountSql, null, ("@school", school)));
    }

    [Fact]
    public void Lease_AfterARolledBackTransaction_ReadsOnlyCommittedRows()
    {
        // Arrange
        using var temp = new TempFolder();
        var (database, school) = Open(temp);
        using (var lease = database.Lease())
        {
            using var transaction = WriteTransaction.Begin(lease.Commands);
            lease.Commands.Execute(
                "INSERT INTO classes (school_id, id, name, grade_level, language) VALUES (@school, '7A', '7A', 7, 'ky')", transaction, ("@school", school));
            Assert.Equal(1L, lease.Commands.Scalar(CountSql, transaction, ("@school", school)));
            transaction.Rollback();
        }

        // Act
        using var again = database.Lease();
        var count = again.Commands.Scalar(CountSql, null, ("@school", school));

        // Assert
        Assert.Equal(0L, count);
    }

    [Fact]
    public void ReleaseAll_ClosesTheIdleConnections()
    {
        // Arrange
        using var temp = new TempFolder();
        var (database, _) = Open(temp);
        System.Data.Common.DbConnection first;
        using (var lease = database.Lease())
        {
            first = lease.Connection;
        }

        // Act
        SchoolDatabase.ReleaseAll();

        // Assert
        using var again = database.Lease();
        Assert.NotSame(first, again.Connection);
        Assert.Equal(System.Data.ConnectionState.Closed, first.State);
    }

    [Fact]
    public void Statement_PastTheCacheLimit_StartsTheCacheAgain()
    {
        // Arrange
        using var temp = new TempFolder();
        var (database, school) = Open(temp);
        using var lease = database.Lease();

        // Act
        for (var i = 0; i <= CommandCache.MaxStatements; i++)
        {
            lease.Commands.Scalar(CountSql + " AND " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " = " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, ("@school", school));
        }

        // Assert
        Assert.Equal(1, lease.Commands.Count);
    }

    private static (SchoolDatabase Database, long School) Open(TempFolder temp)
    {
        var database = SchoolDatabase.Open(temp.File("school.db"));
        var school = database.Schools.CreateSchool("No. 97", Country.Kg, [Language.Ky], false, "2026-2027");
        return (database, school.Id);
    }

    private static void AddClass(SchoolDatabase database, long school, string id)
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO classes (school_id, id, name, grade_level, language) VALUES ($school, $id, $id, 7, 'ky')";
        command.Parameters.AddWithValue("$school", school);
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }
}
