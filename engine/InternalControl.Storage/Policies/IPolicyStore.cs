using InternalControl.Kernel.Policies;

namespace InternalControl.Storage.Policies;

/// <summary>
/// The policy files attached to a school, oldest first, and every version of each ever attached. Reached as
/// <c>SchoolDatabase.Policies</c>.
/// </summary>
public interface IPolicyStore
{
    /// <summary>The attached files, baseline first, as the compiler takes them.</summary>
    IReadOnlyList<PolicySource> Sources(long schoolId);

    /// <summary>Attaches one more file after the others (or a new version of the attached file of the same name), attached by no one known.</summary>
    void Attach(long schoolId, PolicySource source, DateTimeOffset at);

    /// <summary>
    /// Attaches <paramref name="source"/>: a file of a name already attached is replaced in its place, any other comes after
    /// the others; either way the text is kept as a new version with <paramref name="attachedBy"/> and <paramref name="at"/>,
    /// in one transaction. A rollback names the version it attaches again in <paramref name="restoredFrom"/>.
    /// </summary>
    PolicyVersion Attach(long schoolId, PolicySource source, DateTimeOffset at, string attachedBy, long? restoredFrom = null);

    /// <summary>Every version attached to the school, newest first.</summary>
    IReadOnlyList<PolicyVersion> Versions(long schoolId);
}
