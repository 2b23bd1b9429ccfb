using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;

namespace InternalControl.Storage.Contacts;

/// <summary>The contact store on SQLite and PostgreSQL, the same SQL on both (tables contacts and contact_links, migrations 1103 and 1104).</summary>
internal sealed class SqlContactStore(SchoolDatabase database) : IContactStore
{
    /// <summary>The upsert of one channel of one person, shared with the import.</summary>
    internal const string UpsertSql =
        "INSERT INTO contacts (school_id, person_kind, person_id, channel, address, preference) VALUES (@school, @p0, @p1, @p2, @p3, @p4) " +
        "ON CONFLICT (school_id, person_kind, person_id, channel) DO UPDATE SET address = excluded.address, preference = excluded.preference";

    /// <inheritdoc/>
    public IReadOnlyList<Contact> Of(long schoolId, string personKind, string personId)
    {
        using var connection = database.OpenConnection();
        return connection.Query<(string Kind, string Id, string Channel, string Address, long Preference)>(
                "SELECT person_kind, person_id, channel, address, preference FROM contacts " +
                "WHERE school_id = @schoolId AND person_kind = @personKind AND person_id = @personId ORDER BY preference, channel",
                new { schoolId, personKind, personId })
            .Where(r => ContactChannels.TryParse(r.Channel, out _))
            .Select(r => new Contact(r.Kind, r.Id, Parse(r.Channel), r.Address, (int)r.Preference))
            .ToList();
    }

    /// <inheritdoc/>
    public IReadOnlyList<Contact> OfKind(long schoolId, string personKind)
    {
        using var connection = database.OpenConnection();
        return connection.Query<(string Kind, string Id, string Channel, string Address, long Preference)>(
                "SELECT person_kind, person_id, channel, address, preference FROM contacts " +
                "WHERE school_id = @schoolId AND person_kind = @personKind ORDER BY person_id, preference, channel",
                new { schoolId, personKind })
            .Where(r => ContactChannels.TryParse(r.Channel, out _))
            .Select(r => new Contact(r.Kind, r.Id, Parse(r.Channel), r.Address, (int)r.Preference))
            .ToList();
    }

    /// <inheritdoc/>
    public void Save(long schoolId, IReadOnlyList<Contact> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        using var connection = database.OpenConnection();
        using var tx = connection.BeginTransaction();
        foreach (var c in contacts)
        {
            connection.Execute(
                UpsertSql,
                new { school = schoolId, p0 = c.PersonKind, p1 = c.PersonId, p2 = c.Channel.Code(), p3 = c.Address, p4 = (long)c.Preference },
                tx);
        }

        tx.Commit();
    }

    /// <inheritdoc/>
    public void Replace(long schoolId, string personKind, string personId, IReadOnlyList<Contact> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        using var connection = database.OpenConnection();
        using var tx = connection.BeginTransaction();
        connection.Execute(
            "DELETE FROM contacts WHERE school_id = @schoolId AND person_kind = @personKind AND person_id = @personId",
            new { schoolId, personKind, personId },
            tx);
        foreach (var c in contacts.Where(c => c.PersonKind == personKind && c.PersonId == personId))
        {
            connection.Execute(
                UpsertSql,
                new { school = schoolId, p0 = c.PersonKind, p1 = c.PersonId, p2 = c.Channel.Code(), p3 = c.Address, p4 = (long)c.Preference },
                tx);
        }

        tx.Commit();
    }

    /// <inheritdoc/>
    public string IssueLinkCode(long schoolId, string personKind, string personId, DateTimeOffset expiresAt)
    {
        using var connection = database.OpenConnection();
        while (true)
        {
            var code = RandomNumberGenerator.GetInt32(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);
            var added = connection.Execute(
                "INSERT INTO contact_links (school_id, code, person_kind, person_id, expires_at) VALUES (@schoolId, @code, @personKind, @personId, @expires) ON CONFLICT DO NOTHING",
                new { schoolId, code, personKind, personId, expires = Utc(expiresAt) });
            if (added == 1)
            {
                return code;
            }
        }
    }

    /// <inheritdoc/>
    public Contact? Link(long schoolId, string code, string chatId, DateTimeOffset now)
    {
        using var connection = database.OpenConnection();
        using var tx = connection.BeginTransaction();
        var person = connection.QuerySingleOrDefault<(string Kind, string Id)?>(
            "SELECT person_kind, person_id FROM contact_links WHERE school_id = @schoolId AND code = @code AND used_at IS NULL AND expires_at > @now",
            new { schoolId, code = code.Trim(), now = Utc(now) }, tx);
        if (person is not { } p)
        {
            return null;
        }

        connection.Execute(
            "UPDATE contact_links SET used_at = @now WHERE school_id = @schoolId AND code = @code",
            new { schoolId, code = code.Trim(), now = Utc(now) }, tx);
        var preference = connection.ExecuteScalar<long>(
            "SELECT COALESCE((SELECT preference FROM contacts WHERE school_id = @schoolId AND person_kind = @kind AND person_id = @id AND channel = 'telegram'), " +
            "(SELECT COALESCE(MAX(preference), 0) + 1 FROM contacts WHERE school_id = @schoolId AND person_kind = @kind AND person_id = @id))",
            new { schoolId, kind = p.Kind, id = p.Id }, tx);
        var contact = new Contact(p.Kind, p.Id, ContactChannel.Telegram, chatId, (int)preference);
        connection.Execute(
            UpsertSql,
            new { school = schoolId, p0 = p.Kind, p1 = p.Id, p2 = "telegram", p3 = chatId, p4 = preference },
            tx);
        tx.Commit();
        return contact;
    }

    private static string Utc(DateTimeOffset instant) => IsoInstant.UtcOffsetText(instant);

    private static ContactChannel Parse(string code) => ContactChannels.TryParse(code, out var channel) ? channel : default;
}
