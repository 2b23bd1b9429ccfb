using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Access;

/// <summary>What an inbox is narrowed to: a class of the pupils, a subject, a workflow (null: any).</summary>
public sealed record InboxFilter(string? ClassId = null, string? SubjectId = null, string? Workflow = null)
{
    public bool Matches(TaskKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return (ClassId is null || key.ClassId == ClassId) && (SubjectId is null || key.SubjectId == SubjectId) && (Workflow is null || key.Workflow == Workflow);
    }
}
