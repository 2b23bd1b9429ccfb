using System.Globalization;
using Dapper;
using InternalControl.Storage.Database;

using InternalControl.Kernel.Policies;

namespace InternalControl.Storage.Policies;

/// <summary>The policy files attached to a school, oldest first.</summary>
public sealed class PolicyStore(SchoolDatabase database)
{
    /// <summary>The attached files, baseline first, as the compiler takes them.</summary>
    public IReadOnlyList<PolicySource> Sources(long schoolId)
    {
        using var connection = database.Connect();
        return connection.Query<(string File, string Source)>(
                "SELECT file_name, source FROM school_policies WHERE school_id = @schoolId ORDER BY seq", new { schoolId })
            .Select(r => new PolicySource(r.File, r.Source))
            .ToList();
    }

    /// <summary>Attaches one more file after the others.</summary>
    public void Attach(long schoolId, PolicySource source, DateTimeOffset at)
    {
        using var connection = database.Connect();
        using var tx = connection.BeginTransaction();
        var seq = connection.ExecuteScalar<long>("SELECT COALESCE(MAX(seq), 0) + 1 FROM school_policies WHERE school_id = @schoolId", new { schoolId }, tx);
        connection.Execute(
            "INSERT INTO school_policies (school_id, seq, file_name, source, attached_at) VALUES (@schoolId, @seq, @file, @source, @at)",
            new { schoolId, seq, file = source.File, source = source.Text, at = at.ToString("O", CultureInfo.InvariantCulture) },
            tx);
        tx.Commit();
    }
}
