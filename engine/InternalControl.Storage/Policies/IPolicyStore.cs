using InternalControl.Kernel.Policies;

namespace InternalControl.Storage.Policies;

/// <summary>The policy files attached to a school, oldest first. Reached as <c>SchoolDatabase.Policies</c>.</summary>
public interface IPolicyStore
{
    /// <summary>The attached files, baseline first, as the compiler takes them.</summary>
    IReadOnlyList<PolicySource> Sources(long schoolId);

    /// <summary>Attaches one more file after the others.</summary>
    void Attach(long schoolId, PolicySource source, DateTimeOffset at);
}
