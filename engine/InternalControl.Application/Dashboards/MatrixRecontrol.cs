using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Dashboards;

/// <summary>A re-control the decision matrix opened (seed 000 §3.4) whose next task is due this month.</summary>
/// <param name="ObjectId">The object controlled again (a staff id, a class id, a document set).</param>
/// <param name="Sheet">The sheet's code.</param>
/// <param name="Task">The case's open task due this month (the earliest, when it has several).</param>
public sealed record MatrixRecontrol(string ObjectId, string Sheet, WorkflowTask Task);
