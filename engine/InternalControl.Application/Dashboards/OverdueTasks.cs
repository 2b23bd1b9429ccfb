using InternalControl.Application.Access;
using InternalControl.Application.Cases;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Dashboards;

/// <summary>
/// The overdue open tasks of one member of staff: the list behind a number of the dashboard's "overdue tasks by
/// person". A task is theirs when they claimed it, else when it is assigned to them; it is overdue when its due day
/// is before today. Only the school's heads read these lists.
/// </summary>
public static class OverdueTasks
{
    /// <summary>Whether <paramref name="task"/> is open past its due day as of <paramref name="today"/> and held by someone.</summary>
    public static bool IsOverdue(WorkflowTask task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Due is { } due && due < today && Holder(task) is not null;
    }

    /// <summary>Who holds <paramref name="task"/>: whoever claimed it, else its assignee.</summary>
    public static string? Holder(WorkflowTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.ClaimedBy ?? task.Assignee;
    }

    /// <summary>
    /// The overdue open tasks <paramref name="staffId"/> holds, oldest due first; null when <paramref name="access"/>
    /// is not one of the school's heads (for them the list does not exist).
    /// </summary>
    public static IReadOnlyList<WorkflowTask>? Of(SchoolSession session, PupilAccess access, string staffId)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(staffId);
        if (!access.ManagesAccess)
        {
            return null;
        }

        var today = session.Workspace.Today;
        return [.. session.Runtime.Tasks(new TaskQuery())
            .Where(t => IsOverdue(t, today) && Holder(t) == staffId)
            .OrderBy(t => t.Due).ThenBy(t => t.Id)];
    }
}
