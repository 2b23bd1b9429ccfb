namespace InternalControl.Storage.Schools;

/// <summary>
/// What a loaded copy of a school depends on, read in one small query: the data version (raised by every import and
/// score write), the latest attached policy version, the school's rule engine and its year. Two equal stamps mean the
/// same school data, policy and calendar.
/// </summary>
public sealed record SchoolStamp(long DataVersion, long PolicyVersion, string? RuleEngine, string Year)
{
    /// <summary>The statement that raises a school's data version, run inside the transaction of the write it marks.</summary>
    internal const string RaiseSql = "UPDATE schools SET data_version = data_version + 1 WHERE id = @school";

    internal const string ReadSql =
        "SELECT s.data_version, (SELECT COALESCE(MAX(v.id), 0) FROM school_policy_versions v WHERE v.school_id = s.id), s.rule_engine, s.year " +
        "FROM schools s WHERE s.id = @school";
}
