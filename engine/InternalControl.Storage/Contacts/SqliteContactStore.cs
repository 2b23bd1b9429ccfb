using Dapper;
using InternalControl.Storage.Database;

namespace InternalControl.Storage.Contacts;

/// <summary>The contact store on SQLite (table contacts, migration 1103).</summary>
internal sealed class SqliteContactStore(SchoolDatabase database) : IContactStore
{
    /// <summary>The upsert of one channel of one person, shared with the import.</summary>
    internal const string UpsertSql =
        "INSERT INTO contacts (school_id, person_kind, person_id, channel, address, preference) VALUES ($school, $p0, $p1, $p2, $p3, $p4) " +
        "ON CONFLICT (school_id, person_kind, person_id, channel) DO UPDATE SET address = excluded.address, preference = excluded.preference";

    /// <inheritdoc/>
    public IReadOnlyList<Contact> Of(long schoolId, string personKind, string personId)
    {
        using var connection = database.Connect();
        return connection.Query<(string Kind, string Id, string Channel, string Address, long Preference)>(
                "SELECT person_kind, person_id, channel, address, preference FROM contacts " +
                "WHERE school_id = @schoolId AND person_kind = @personKind AND person_id = @personId ORDER BY preference, channel",
                new { schoolId, personKind, personId })
            .Where(r => ContactChannels.TryParse(r.Channel, out _))
            .Select(r => new Contact(r.Kind, r.Id, Parse(r.Channel), r.Address, (int)r.Preference))
            .ToList();
    }

    /// <inheritdoc/>
    public void Save(long schoolId, IReadOnlyList<Contact> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        using var connection = database.Connect();
        using var tx = connection.BeginTransaction();
        foreach (var c in contacts)
        {
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = UpsertSql;
            command.Parameters.AddWithValue("$school", schoolId);
            command.Parameters.AddWithValue("$p0", c.PersonKind);
            command.Parameters.AddWithValue("$p1", c.PersonId);
            command.Parameters.AddWithValue("$p2", c.Channel.Code());
            command.Parameters.AddWithValue("$p3", c.Address);
            command.Parameters.AddWithValue("$p4", c.Preference);
            command.ExecuteNonQuery();
        }

        tx.Commit();
    }

    private static ContactChannel Parse(string code) => ContactChannels.TryParse(code, out var channel) ? channel : default;
}
