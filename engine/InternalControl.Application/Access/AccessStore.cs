using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using InternalControl.Storage.Database;

namespace InternalControl.Application.Access;

/// <summary>
/// Accounts, one-time sign-in links, sessions and the audit trail of one school. Tokens are random, shown once
/// and stored only as their SHA-256; a link works once and until it expires; a session ends at sign-out. The same SQL
/// runs on SQLite and PostgreSQL.
/// </summary>
public sealed class AccessStore(SchoolDatabase database, long schoolId, TimeProvider clock)
{
    /// <summary>Failed password attempts in a row that lock an account.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>How long an invitation (a one-time link handed to a member of staff) stays valid.</summary>
    public static readonly TimeSpan InvitationLength = TimeSpan.FromDays(7);

    /// <summary>The shortest password a staff member may set.</summary>
    public const int MinPasswordLength = 8;

    /// <summary>How long a session lasts without a new sign-in.</summary>
    public static readonly TimeSpan SessionLength = TimeSpan.FromHours(12);

    /// <summary>Issues a one-time sign-in link token for a person; only its hash is kept.</summary>
    public string IssueLink(PersonKind kind, string personId, TimeSpan validFor, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(personId);
        var token = NewToken();
        var now = clock.GetUtcNow();
        using var connection = database.OpenConnection();
        connection.Execute(
            "INSERT INTO web_links (token_hash, school_id, person_kind, person_id, created_at, expires_at) VALUES (@hash, @schoolId, @kind, @personId, @now, @expires)",
            new { hash = Hash(token), schoolId, kind = kind.ToString(), personId, now = Stamp(now), expires = Stamp(now + validFor) });
        Audit(actor, "link.issued", personId);
        return token;
    }

    /// <summary>How many one-time links were issued to a person in the <paramref name="window"/> up to now (a parent's hourly limit).</summary>
    public int LinksIssuedWithin(PersonKind kind, string personId, TimeSpan window)
    {
        using var connection = database.OpenConnection();
        return (int)connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM web_links WHERE school_id = @schoolId AND person_kind = @kind AND person_id = @personId AND created_at > @since",
            new { schoolId, kind = kind.ToString(), personId, since = Stamp(clock.GetUtcNow() - window) });
    }

    /// <summary>Redeems a link: the person, once; null when the token is unknown, used or expired.</summary>
    public Person? Redeem(string token)
    {
        using var connection = database.OpenConnection();
        var now = Stamp(clock.GetUtcNow());
        var row = connection.Query<(string Kind, string PersonId)>(
            "UPDATE web_links SET used_at = @now WHERE token_hash = @hash AND school_id = @schoolId AND used_at IS NULL AND expires_at > @now RETURNING person_kind, person_id",
            new { hash = Hash(token), schoolId, now }).ToList();
        if (row is not [var found])
        {
            Audit("anonymous", "link.refused", null);
            return null;
        }

        var person = new Person(schoolId, Enum.Parse<PersonKind>(found.Kind), found.PersonId);
        Audit(person.Actor, "signin.link", null);
        return person;
    }

    /// <summary>Sets (or replaces) a staff member's password.</summary>
    public void SetPassword(Person person, string password, IPasswordHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(hasher);
        using var connection = database.OpenConnection();
        connection.Execute(
            """
            INSERT INTO web_accounts (school_id, person_kind, person_id, password_hash) VALUES (@schoolId, @kind, @id, @hash)
            ON CONFLICT (school_id, person_kind, person_id) DO UPDATE SET password_hash = excluded.password_hash, failures = 0, locked_until = NULL
            """,
            new { schoolId, kind = person.Kind.ToString(), id = person.Id, hash = hasher.Hash(password) });
        Audit(person.Actor, "password.set", null);
    }

    /// <summary>Whether a staff member has set a password; without one they sign in by one-time links.</summary>
    public bool HasPassword(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        using var connection = database.OpenConnection();
        return connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM web_accounts WHERE school_id = @schoolId AND person_kind = @kind AND person_id = @id AND password_hash IS NOT NULL",
            new { schoolId, kind = person.Kind.ToString(), id = person.Id }) > 0;
    }

    /// <summary>Checks a staff member's password; after <see cref="MaxFailures"/> failures in a row the account is locked for a while.</summary>
    public PasswordSignIn SignIn(string staffId, string password, IPasswordHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        var now = clock.GetUtcNow();
        using var connection = database.OpenConnection();
        var account = connection.Query<(string? Hash, long Failures, string? LockedUntil)>(
            "SELECT password_hash, failures, locked_until FROM web_accounts WHERE school_id = @schoolId AND person_kind = 'Staff' AND person_id = @staffId",
            new { schoolId, staffId }).ToList();
        var actor = new Person(schoolId, PersonKind.Staff, staffId).Actor;
        if (account is not [var found])
        {
            Audit(actor, "signin.refused", null);
            return PasswordSignIn.Refused;
        }

        if (found.LockedUntil is { } until && DateTimeOffset.Parse(until, CultureInfo.InvariantCulture) > now)
        {
            Audit(actor, "signin.locked", null);
            return PasswordSignIn.LockedOut;
        }

        if (found.Hash is { } hash && hasher.Verify(hash, password))
        {
            connection.Execute(
                "UPDATE web_accounts SET failures = 0, locked_until = NULL WHERE school_id = @schoolId AND person_kind = 'Staff' AND person_id = @staffId",
                new { schoolId, staffId });
            Audit(actor, "signin.password", null);
            return PasswordSignIn.SignedIn;
        }

        var failures = (found.LockedUntil is null ? found.Failures : 0) + 1;
        var locked = failures >= MaxFailures ? Stamp(now + Lockout) : null;
        connection.Execute(
            "UPDATE web_accounts SET failures = @failures, locked_until = @locked WHERE school_id = @schoolId AND person_kind = 'Staff' AND person_id = @staffId",
            new { schoolId, staffId, failures, locked });
        Audit(actor, locked is null ? "signin.refused" : "signin.locked", null);
        return locked is null ? PasswordSignIn.Refused : PasswordSignIn.LockedOut;
    }

    /// <summary>Starts a session for a signed-in person: the cookie's token, shown once.</summary>
    public string StartSession(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var token = NewToken();
        var now = clock.GetUtcNow();
        using var connection = database.OpenConnection();
        connection.Execute(
            "INSERT INTO web_sessions (token_hash, school_id, person_kind, person_id, created_at, expires_at) VALUES (@hash, @schoolId, @kind, @id, @now, @expires)",
            new { hash = Hash(token), schoolId, kind = person.Kind.ToString(), id = person.Id, now = Stamp(now), expires = Stamp(now + SessionLength) });
        return token;
    }

    /// <summary>The person of a live session, or null.</summary>
    public Person? Session(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        // Every request asks, so on a leased connection with the statement kept prepared.
        using var lease = database.Lease();
        return lease.Commands.Single(
            "SELECT person_kind, person_id FROM web_sessions WHERE token_hash = @hash AND school_id = @schoolId AND ended_at IS NULL AND expires_at > @now",
            null,
            row => new Person(schoolId, Enum.Parse<PersonKind>(row.GetString(0)), row.GetString(1)),
            ("@hash", Hash(token)), ("@schoolId", schoolId), ("@now", Stamp(clock.GetUtcNow())));
    }

    /// <summary>Ends a session (sign-out): its cookie no longer signs anyone in.</summary>
    public void EndSession(string token, Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        using var connection = database.OpenConnection();
        connection.Execute(
            "UPDATE web_sessions SET ended_at = @now WHERE token_hash = @hash AND school_id = @schoolId",
            new { hash = Hash(token), schoolId, now = Stamp(clock.GetUtcNow()) });
        Audit(person.Actor, "signout", null);
    }

    /// <summary>Records who did what, to which opaque id.</summary>
    /// <remarks>A case view writes one, so on a leased connection with the statement kept prepared.</remarks>
    public void Audit(string actor, string action, string? target)
    {
        using var lease = database.Lease();
        lease.Commands.Execute(
            "INSERT INTO web_audit (school_id, at, actor, action, target) VALUES (@schoolId, @at, @actor, @action, @target)",
            null,
            ("@schoolId", schoolId), ("@at", Stamp(clock.GetUtcNow())), ("@actor", actor), ("@action", action), ("@target", target));
    }

    /// <summary>The audit trail, newest first.</summary>
    public IReadOnlyList<AuditEntry> AuditTrail(int limit = 200)
    {
        using var connection = database.OpenConnection();
        return connection.Query<(long Id, string At, string Actor, string Action, string? Target)>(
                "SELECT id, at, actor, action, target FROM web_audit WHERE school_id = @schoolId ORDER BY id DESC LIMIT @limit",
                new { schoolId, limit })
            .Select(r => new AuditEntry(r.Id, DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture), r.Actor, r.Action, r.Target))
            .ToList();
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Stamp(DateTimeOffset at) => InternalControl.Kernel.Time.IsoInstant.UtcText(at);
}
