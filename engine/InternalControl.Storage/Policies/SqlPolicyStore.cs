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
    public PolicyVersion Attach(long schoolId, PolicySource source, DateTimeOffset at, string attachedBy, long? restoredFrom = null)
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

        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO school_policy_versions (school_id, file_name, source, attached_by, attached_at, restored_from)
            VALUES (@schoolId, @file, @source, @attachedBy, @when, @restoredFrom) RETURNING id
            """,
            new { schoolId, file = source.File, source = source.Text, attachedBy, when, restoredFrom },
            tx);
        var number = connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM school_policy_versions WHERE school_id = @schoolId AND file_name = @file",
            new { schoolId, file = source.File },
            tx);
        tx.Commit();
        return new PolicyVersion(id, source.File, (int)number, source.Text, attachedBy, at, restoredFrom);
    }

    /// <inheritdoc/>
    public IReadOnlyList<PolicyVersion> Versions(long schoolId)
    {
        using var connection = database.OpenConnection();
        var rows = connection.Query<(long Id, string File, string Source, string By, string At, long? Restored)>(
                """
                SELECT id, file_name, source, attached_by, attached_at, restored_from
                FROM school_policy_versions WHERE school_id = @schoolId ORDER BY id
                """,
                new { schoolId })
            .ToList();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var versions = new List<PolicyVersion>(rows.Count);
        foreach (var row in rows)
        {
            var number = numbers[row.File] = numbers.GetValueOrDefault(row.File) + 1;
            versions.Add(new PolicyVersion(row.Id, row.File, number, row.Source, row.By, DateTimeOffset.Parse(row.At, CultureInfo.InvariantCulture), row.Restored));
        }

        versions.Reverse();
        return versions;
    }
}
