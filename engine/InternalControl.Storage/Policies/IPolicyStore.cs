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
    /// in one transaction. A rollback names the version it attaches again in <paramref name="restoredFrom"/>;
    /// <paramref name="shipped"/> says the text is the product's (`ic init`), not the school's own.
    /// </summary>
    PolicyVersion Attach(long schoolId, PolicySource source, DateTimeOffset at, string attachedBy, long? restoredFrom = null, bool shipped = false);

    /// <summary>
    /// Makes <paramref name="files"/>, in their order, the files attached to the school, in one transaction, when the
    /// attached files are still <paramref name="expected"/> (names, texts and order); null, with nothing written, when
    /// they are not (another attach came between). An attached file of another name is no longer attached (its versions
    /// stay), and each file whose text is new or changed is kept as a new version of the product's text
    /// (<see cref="PolicyVersion.Shipped"/>) with <paramref name="attachedBy"/> and <paramref name="at"/>. Returns the
    /// versions it kept, in the order of <paramref name="files"/>.
    /// </summary>
    IReadOnlyList<PolicyVersion>? AttachShipped(long schoolId, IReadOnlyList<PolicySource> expected, IReadOnlyList<PolicySource> files, DateTimeOffset at, string attachedBy);

    /// <summary>Every version attached to the school, newest first.</summary>
    IReadOnlyList<PolicyVersion> Versions(long schoolId);
}
