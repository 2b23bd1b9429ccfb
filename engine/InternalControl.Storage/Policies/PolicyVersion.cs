namespace InternalControl.Storage.Policies;

/// <summary>One attached version of a school's policy file.</summary>
/// <param name="Id">The version's id, unique in the database.</param>
/// <param name="File">The file's name; versions of one file share it.</param>
/// <param name="Number">The version's number among the versions of its file, from 1.</param>
/// <param name="Text">The file's text as attached.</param>
/// <param name="AttachedBy">Who attached it (an actor id such as "staff:S001", "cli"); empty when not known.</param>
/// <param name="AttachedAt">When it was attached.</param>
/// <param name="RestoredFrom">The version a rollback attached again; null for a new text.</param>
public sealed record PolicyVersion(long Id, string File, int Number, string Text, string AttachedBy, DateTimeOffset AttachedAt, long? RestoredFrom)
{
    /// <summary>True when the text is the one the product ships (`ic init`, an upgrade), false for a text of the school's own.</summary>
    public bool Shipped { get; init; }
}
