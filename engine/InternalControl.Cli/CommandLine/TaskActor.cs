using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Cli.CommandLine;

/// <summary>
/// Who the journal records as acting on a task from the command line. `--as` must name a member of the imported staff
/// who may act on that task: its assignee or claimant, a holder of its role, the deputy director or the director;
/// anyone else is refused, so that the audit trail cannot be written in another's name. Without `--as` the actor is
/// the operating system user (<c>os:NAME</c>), recorded beside the task's assignee: the command never pretends the
/// assignee did it.
/// </summary>
internal static class TaskActor
{
    /// <summary>The prefix of an actor that is an operating system account, not a member of staff.</summary>
    public const string OsPrefix = "os:";

    /// <summary>The actor to record, or a <see cref="UserErrorException"/> when <paramref name="requested"/> may not act.</summary>
    public static string Resolve(SchoolData data, WorkflowTask task, string? requested)
    {
        if (requested is null)
        {
            return OsPrefix + OsUser();
        }

        var staff = data.FindStaff(requested.Trim())
            ?? throw new UserErrorException("Cli.Error.ActorUnknown", requested);
        var roles = staff.Roles.Select(r => r.Code()).ToList();
        var allowed = staff.Id == task.Assignee
            || staff.Id == task.ClaimedBy
            || roles.Contains(task.Role)
            || staff.Roles.Contains(StaffRole.DeputyDirector)
            || staff.Roles.Contains(StaffRole.Director);
        return allowed ? staff.Id : throw new UserErrorException("Cli.Error.ActorNotAllowed", staff.FullName, task.Id);
    }

    private static string OsUser()
    {
        var name = Environment.UserName;
        return string.IsNullOrWhiteSpace(name) ? "?" : name;
    }
}
