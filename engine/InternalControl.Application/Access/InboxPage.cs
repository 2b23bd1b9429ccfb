using InternalControl.Workflows;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Access;

/// <summary>
/// One page of a person's inbox: every task's key (for the filters' choices), how many pass the filter, which page this
/// is (from 1) and its tasks.
/// </summary>
public sealed record InboxPage(IReadOnlyList<TaskKey> All, int Total, int Number, IReadOnlyList<WorkflowTask> Tasks);
