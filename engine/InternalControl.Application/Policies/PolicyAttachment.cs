using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Policies;

namespace InternalControl.Application.Policies;

/// <summary>
/// Attaching a policy file to a school, the one way `ic policy set` and the web's policy editor both do it: the file is
/// compiled together with what is attached (a file of the same name in its place, else after the others), and a file
/// with any error, rule or workflow, is refused whole and changes nothing. An attached file is kept as a new version.
/// </summary>
public static class PolicyAttachment
{
    /// <summary>The files the school would run with <paramref name="file"/> attached: it replaces the attached file of its name, else comes last.</summary>
    public static IReadOnlyList<PolicySource> With(IReadOnlyList<PolicySource> attached, PolicySource file)
    {
        ArgumentNullException.ThrowIfNull(attached);
        ArgumentNullException.ThrowIfNull(file);
        var index = attached.ToList().FindIndex(s => s.File == file.File);
        return index < 0 ? [.. attached, file] : [.. attached.Select((s, i) => i == index ? file : s)];
    }

    /// <summary>
    /// Checks <paramref name="file"/> with what is attached and, when nothing in it is an error, attaches it as a new version
    /// by <paramref name="attachedBy"/> (a rollback names the version it restores in <paramref name="restoredFrom"/>).
    /// </summary>
    public static Result<AttachedPolicy> Attach(Workspace workspace, PolicySource file, string attachedBy, long? restoredFrom = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var store = workspace.Database.Policies;
        var compiled = PolicyHost.Compile(With(store.Sources(workspace.School.Id), file));
        if (!compiled.Succeeded || compiled.Errors.Any())
        {
            return Result<AttachedPolicy>.Failure(compiled.Diagnostics);
        }

        var version = store.Attach(workspace.School.Id, file, workspace.Clock.GetUtcNow(), attachedBy, restoredFrom);
        return Result<AttachedPolicy>.From(new AttachedPolicy(compiled.Value!, version), compiled.Diagnostics);
    }
}
