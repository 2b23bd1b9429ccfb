using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Policies;
using InternalControl.Storage.Policies;

namespace InternalControl.Application.Policies;

/// <summary>
/// Attaching a policy file to a school, the one way `ic policy set` and the web's policy editor both do it: the file is
/// compiled together with what is attached (a file of the same name in its place, else after the others), and a file
/// with any error, rule or workflow, is refused whole and changes nothing. An attached file is kept as a new version.
/// A school's baseline is the text shipped on the day it began; <see cref="Upgrade"/> attaches the texts shipped since
/// (`ic policy upgrade`, the web's policy editor), checked with the school's overlay in the same way.
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
        if (Refused(compiled))
        {
            return Result<AttachedPolicy>.Failure(compiled.Diagnostics);
        }

        var version = store.Attach(workspace.School.Id, file, workspace.Clock.GetUtcNow(), attachedBy, restoredFrom);
        return Result<AttachedPolicy>.From(new AttachedPolicy(compiled.Value!, version), compiled.Diagnostics);
    }

    /// <summary>
    /// The shipped files (<paramref name="shipped"/>, in their order) that an upgrade attaches, given what is attached
    /// (<paramref name="attached"/>) and every version the school kept (<paramref name="versions"/>): a shipped file
    /// whose attached text is the product's (<see cref="PolicyVersion.Shipped"/>, its latest version) and is not the
    /// shipped one; and, for a school that runs the shipped policy (some shipped file is attached), a shipped file it
    /// does not have. A text the file has had before is never offered again, so an older program does not take a school
    /// back to the texts it shipped, nor a rolled-back text return; a text of the school's own under a shipped name stays.
    /// </summary>
    public static IReadOnlyList<ShippedUpdate> ShippedUpdates(IReadOnlyList<PolicySource> attached, IReadOnlyList<PolicyVersion> versions, IReadOnlyList<PolicySource> shipped)
    {
        ArgumentNullException.ThrowIfNull(attached);
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(shipped);
        var held = attached.ToDictionary(s => s.File, s => s.Text, StringComparer.Ordinal);
        var runsShipped = shipped.Any(s => held.ContainsKey(s.File));
        var updates = new List<ShippedUpdate>();
        foreach (var file in shipped)
        {
            var ofFile = versions.Where(v => v.File == file.File).ToList();
            if (ofFile.Any(v => v.Text == file.Text))
            {
                continue;
            }

            if (held.ContainsKey(file.File))
            {
                // Versions are newest first: the latest says whose the attached text is (the shipped text itself is a
                // text the file has had, passed over above).
                if (ofFile.FirstOrDefault() is { Shipped: true })
                {
                    updates.Add(new ShippedUpdate(file, false));
                }
            }
            else if (runsShipped)
            {
                updates.Add(new ShippedUpdate(file, true));
            }
        }

        return updates;
    }

    /// <summary>The shipped files of the school's country that an upgrade attaches (<see cref="ShippedUpdates(IReadOnlyList{PolicySource}, IReadOnlyList{PolicyVersion}, IReadOnlyList{PolicySource})"/>).</summary>
    public static IReadOnlyList<ShippedUpdate> ShippedUpdates(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var store = workspace.Database.Policies;
        return ShippedUpdates(store.Sources(workspace.School.Id), store.Versions(workspace.School.Id), ShippedPolicies.For(workspace.School.Country));
    }

    /// <summary>
    /// The files a school runs after <paramref name="updates"/>: the attached files in their order, each changed one with
    /// its shipped text, and each new one right after the attached shipped files that come before it in the shipped order
    /// (<paramref name="shipped"/>), so that the school's overlay stays after every baseline file.
    /// </summary>
    public static IReadOnlyList<PolicySource> Upgraded(IReadOnlyList<PolicySource> attached, IReadOnlyList<ShippedUpdate> updates, IReadOnlyList<PolicySource> shipped)
    {
        ArgumentNullException.ThrowIfNull(attached);
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentNullException.ThrowIfNull(shipped);
        var changed = updates.Where(u => !u.New).ToDictionary(u => u.File.File, u => u.File, StringComparer.Ordinal);
        var files = attached.Select(s => changed.GetValueOrDefault(s.File) ?? s).ToList();
        var order = shipped.Select((s, i) => (s.File, i)).ToDictionary(p => p.File, p => p.i, StringComparer.Ordinal);
        foreach (var update in updates.Where(u => u.New))
        {
            var before = files.FindLastIndex(s => order.TryGetValue(s.File, out var i) && i < order[update.File.File]);
            var first = files.FindIndex(s => order.ContainsKey(s.File));
            files.Insert(before >= 0 ? before + 1 : Math.Max(first, 0), update.File);
        }

        return files;
    }

    /// <summary>
    /// Attaches the texts the product ships for the school's country that an upgrade takes
    /// (<see cref="ShippedUpdates(Workspace)"/>), each as a new version of the product's text by
    /// <paramref name="attachedBy"/>, in one transaction; checked with the school's other files as any attach is, and
    /// refused whole on any error, so an overlay the new texts break leaves the school on the texts it has. IC3404 when
    /// another attach came between, nothing written. No version when there is nothing to take. A running case keeps
    /// its workflow's version; one whose text changes only in its report tags runs on as it was, tagged as the new text
    /// tags it.
    /// </summary>
    public static Result<IReadOnlyList<PolicyVersion>> Upgrade(Workspace workspace, string attachedBy)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var store = workspace.Database.Policies;
        var attached = store.Sources(workspace.School.Id);
        var shipped = ShippedPolicies.For(workspace.School.Country);
        var updates = ShippedUpdates(attached, store.Versions(workspace.School.Id), shipped);
        if (updates.Count == 0)
        {
            return Result<IReadOnlyList<PolicyVersion>>.From([], []);
        }

        var files = Upgraded(attached, updates, shipped);
        var compiled = PolicyHost.Compile(files);
        if (Refused(compiled))
        {
            return Result<IReadOnlyList<PolicyVersion>>.Failure(compiled.Diagnostics);
        }

        return store.AttachShipped(workspace.School.Id, attached, files, workspace.Clock.GetUtcNow(), attachedBy) is { } versions
            ? Result<IReadOnlyList<PolicyVersion>>.From(versions, compiled.Diagnostics)
            : Result<IReadOnlyList<PolicyVersion>>.Failure([Diagnostic.Error("IC3404", SourceSpan.None, "Workbench.Error.ChangedMeanwhile")]);
    }

    /// <summary>True when a compiled policy set may not be attached: it did not compile, or any diagnostic is an error.</summary>
    private static bool Refused(Result<HostedPolicy> compiled) => !compiled.Succeeded || compiled.Errors.Any();
}
