using System.Globalization;
using Dapper;
using InternalControl.Kernel.Policies;
using InternalControl.Storage.Database;

namespace InternalControl.Storage.Policies;

/// <summary>The policy store on SQLite and PostgreSQL (the same SQL on both) (table school_policies, migration 3101).</summary>
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
    public void Attach(long schoolId, PolicySource source, DateTimeOffset at)
    {
        using var connection = database.OpenConnection();
        using var tx = connection.BeginTransaction();
        var seq = connection.ExecuteScalar<long>("SELECT COALESCE(MAX(seq), 0) + 1 FROM school_policies WHERE school_id = @schoolId", new { schoolId }, tx);
        connection.Execute(
            "INSERT INTO school_policies (school_id, seq, file_name, source, attached_at) VALUES (@schoolId, @seq, @file, @source, @at)",
            new { schoolId, seq, file = source.File, source = source.Text, at = at.ToString("O", CultureInfo.InvariantCulture) },
            tx);
        tx.Commit();
    }
}
