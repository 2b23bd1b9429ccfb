using System.Data.Common;
using System.Globalization;
using Dapper;
using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;

namespace InternalControl.Storage.Policies;

/// <summary>
/// The policy store on SQLite and PostgreSQL (the same SQL on both): the attached files (table school_policies, migration
/// 3101) and their versions (school_policy_versions, migration 3401).
/// </summary>
internal sealed class SqlPolicyStore(SchoolDatabase database) : IPolicyStore
{
    /// <inheritdoc/>
    public IReadOnlyList<PolicySource> Sources(long schoolId)
    {
        using var connection = database.OpenConnection();
        return connection.Query<(string File, string Source)>(
                "SELECT file_name, source FROM school_policies WHERE school_id = @schoolId ORDER BY seq", new { schoolId })
            .Select(r => new PolicySource(r.File, r.Source))
            .ToList();
    }

    /// <inheritdoc/>
    public void Attach(long schoolId, PolicySource source, DateTimeOffset at) => Attach(schoolId, source, at, "");

    /// <inheritdoc/>
    public PolicyVersion Attach(long schoolId, PolicySource source, DateTimeOffset at, string attachedBy, long? restoredFrom = null, bool shipped = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(attachedBy);
        var when = IsoInstant.Text(at);
        using var connection = database.OpenConnection();
        using var tx = connection.BeginTransaction();
        var replaced = connection.Execute(
            "UPDATE school_policies SET source = @source, attached_at = @when WHERE school_id = @schoolId AND file_name = @file",
            new { schoolId, file = source.File, source = source.Text, when },
            tx);
        if (replaced == 0)
        {
            var seq = connection.ExecuteScalar<long>("SELECT COALESCE(MAX(seq), 0) + 1 FROM school_policies WHERE school_id = @schoolId", new { schoolId }, tx);
            connection.Execute(
                "INSERT INTO school_policies (school_id, seq, file_name, source, attached_at) VALUES (@schoolId, @seq, @file, @source, @when)",
                new { schoolId, seq, file = source.File, source = source.Text, when },
                tx);
        }

        var version = NewVersion(connection, tx, schoolId, source, attachedBy, at, restoredFrom, shipped);
        tx.Commit();
        return version;
    }

    /// <summary>Keeps <paramref name="source"/> as the next version of its file, in <paramref name="tx"/>.</summary>
    private static PolicyVersion NewVersion(DbConnection connection, DbTransaction tx, long schoolId, PolicySource source, string attachedBy, DateTimeOffset at, long? restoredFrom, bool shipped)
    {
        var when = IsoInstant.Text(at);
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO school_policy_versions (school_id, file_name, source, attached_by, attached_at, restored_from, shipped)
            VALUES (@schoolId, @file, @source, @attachedBy, @when, @restoredFrom, @shipped) RETURNING id
            """,
            new { schoolId, file = source.File, source = source.Text, attachedBy, when, restoredFrom, shipped = shipped ? 1 : 0 },
            tx);
        var number = connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM school_policy_versions WHERE school_id = @schoolId AND file_name = @file",
            new { schoolId, file = source.File },
            tx);
        return new PolicyVersion(id, source.File, (int)number, source.Text, attachedBy, at, restoredFrom) { Shipped = shipped };
    }

    /// <inheritdoc/>
    public IReadOnlyList<PolicyVersion>? AttachShipped(long schoolId, IReadOnlyList<PolicySource> expected, IReadOnlyList<PolicySource> files, DateTimeOffset at, string attachedBy)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(attachedBy);
        var when = IsoInstant.Text(at);
        using var connection = database.OpenConnection();
        using var tx = connection.BeginTransaction();

        // Read and written in one transaction: an attach that came between the caller's read and this one is not undone.
        var before = connection.Query<(string File, string Source)>(
                "SELECT file_name, source FROM school_policies WHERE school_id = @schoolId ORDER BY seq", new { schoolId }, tx)
            .Select(r => new PolicySource(r.File, r.Source))
            .ToList();
        if (!before.SequenceEqual(expected))
        {
            return null;
        }

        var texts = before.ToDictionary(s => s.File, s => s.Text, StringComparer.Ordinal);
        connection.Execute("DELETE FROM school_policies WHERE school_id = @schoolId", new { schoolId }, tx);
        var kept = new List<PolicyVersion>();
        foreach (var (file, seq) in files.Select((f, i) => (f, i + 1)))
        {
            connection.Execute(
                "INSERT INTO school_policies (school_id, seq, file_name, source, attached_at) VALUES (@schoolId, @seq, @file, @source, @when)",
                new { schoolId, seq, file = file.File, source = file.Text, when },
                tx);
            if (texts.GetValueOrDefault(file.File) != file.Text)
            {
                kept.Add(NewVersion(connection, tx, schoolId, file, attachedBy, at, null, shipped: true));
            }
        }

        tx.Commit();
        return kept;
    }

    /// <inheritdoc/>
    public IReadOnlyList<PolicyVersion> Versions(long schoolId)
    {
        using var connection = database.OpenConnection();
        var rows = connection.Query<(long Id, string File, string Source, string By, string At, long? Restored, long Shipped)>(
                """
                SELECT id, file_name, source, attached_by, attached_at, restored_from, shipped
                FROM school_policy_versions WHERE school_id = @schoolId ORDER BY id
                """,
                new { schoolId })
            .ToList();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var versions = new List<PolicyVersion>(rows.Count);
        foreach (var row in rows)
        {
            var number = numbers[row.File] = numbers.GetValueOrDefault(row.File) + 1;
            versions.Add(new PolicyVersion(row.Id, row.File, number, row.Source, row.By, DateTimeOffset.Parse(row.At, CultureInfo.InvariantCulture), row.Restored) { Shipped = row.Shipped != 0 });
        }

        versions.Reverse();
        return versions;
    }
}
