using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;
using Npgsql;

namespace InternalControl.Storage.Access;

/// <summary>
/// The request window on SQLite and PostgreSQL, the same SQL on both. SQLite's write transaction already runs one
/// writer at a time; on PostgreSQL a transaction lock on the key keeps two hosts from both taking the last request.
/// </summary>
internal sealed class SqlRequestWindowStore(SchoolDatabase database) : IRequestWindowStore
{
    /// <inheritdoc/>
    public bool Admit(string key, DateTimeOffset now, TimeSpan window, int limit)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        using var connection = database.OpenConnection();
        using var tx = connection.BeginTransaction();
        if (connection is NpgsqlConnection)
        {
            connection.ExecuteScalar("SELECT pg_advisory_xact_lock(@lock)", new { @lock = LockOf(key) }, tx);
        }

        var cutoff = IsoInstant.Text((now - window).ToUniversalTime());
        connection.Execute("DELETE FROM address_requests WHERE requested_at <= @cutoff", new { cutoff }, tx);
        var admitted = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM address_requests WHERE address_key = @key", new { key }, tx) < limit;
        if (admitted)
        {
            connection.Execute("INSERT INTO address_requests (address_key, requested_at) VALUES (@key, @at)", new { key, at = IsoInstant.Text(now.ToUniversalTime()) }, tx);
        }

        tx.Commit();
        return admitted;
    }

    /// <summary>The advisory lock of a key: the first eight bytes of its SHA-256.</summary>
    private static long LockOf(string key) => BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
