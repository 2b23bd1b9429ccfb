namespace InternalControl.Storage.Schools;

/// <summary>
/// What a loaded copy of a school depends on, read in one small query: the data version (raised by every write that
/// changes the school's data: an import, evaluation-sheet scores), the shape version (raised by those changes that are
/// not new or corrected marks and absences, see <see cref="ISchoolStore.ChangesSince"/>), the latest attached policy
/// version, the school's rule engine and its year. Two equal stamps mean the same school data, policy and calendar.
/// </summary>
public sealed record SchoolStamp(long DataVersion, long ShapeVersion, long PolicyVersion, string? RuleEngine, string Year)
{
    /// <summary>
    /// The statement that opens a write of the school's data: it raises the data version (taking the school's row for the
    /// write's transaction) and returns it, the version the written marks and absences record.
    /// </summary>
    internal const string BeginWriteSql = "UPDATE schools SET data_version = data_version + 1 WHERE id = @school RETURNING data_version";

    /// <summary>Gives back the version <see cref="BeginWriteSql"/> took when the write changed nothing.</summary>
    internal const string UnchangedSql = "UPDATE schools SET data_version = data_version - 1 WHERE id = @school";

    /// <summary>Marks the write as a change of shape (anything but new or corrected marks and absences), in its transaction.</summary>
    internal const string ReshapeSql = "UPDATE schools SET shape_version = shape_version + 1 WHERE id = @school";

    /// <summary>The statement that raises both versions at once, for a write of other data than marks and absences (scores).</summary>
    internal const string RaiseSql = "UPDATE schools SET data_version = data_version + 1, shape_version = shape_version + 1 WHERE id = @school";

    internal const string ReadSql =
        "SELECT s.data_version, s.shape_version, (SELECT COALESCE(MAX(v.id), 0) FROM school_policy_versions v WHERE v.school_id = s.id), s.rule_engine, s.year " +
        "FROM schools s WHERE s.id = @school";
}
