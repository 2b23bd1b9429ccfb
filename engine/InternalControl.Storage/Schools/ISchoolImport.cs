namespace InternalControl.Storage.Schools;

/// <summary>
/// One import into a school, all or nothing, from <see cref="ISchoolStore.BeginImport"/>. It holds the database's
/// write lock until it is committed or disposed; disposing it without <see cref="Commit"/> writes nothing.
/// </summary>
public interface ISchoolImport : IDisposable
{
    /// <summary>The ids the school already has, for rows that refer to what an earlier import wrote.</summary>
    SchoolIds Existing { get; }

    /// <summary>
    /// Writes <paramref name="rows"/> in the import's one transaction and commits it: every row or, when one fails, none.
    /// Rows are upserted by their key, so the same rows written twice change nothing and corrected rows update in place.
    /// </summary>
    void Commit(SchoolRows rows);
}
