using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Dashboards;

/// <summary>
/// A re-control the decision matrix opened (seed 000 §3.4) that falls due this month: either its next task is due this
/// month, or it waits for the second control (the workflow's wait of about a quarter) and the wait ends this month.
/// </summary>
/// <param name="ObjectId">The object controlled again (a staff id, a class id, a document set).</param>
/// <param name="Sheet">The sheet's code.</param>
/// <param name="CaseId">The re-control's case.</param>
/// <param name="Due">The task's due day, or the day the wait ends.</param>
/// <param name="Task">The case's open task due this month (the earliest, when it has several); null while the case waits.</param>
public sealed record MatrixRecontrol(string ObjectId, string Sheet, long CaseId, DateOnly Due, WorkflowTask? Task)
{
    /// <summary>Whether the case waits for its second control rather than holding a task.</summary>
    public bool Waiting => Task is null;
}
