using InternalControl.Workflows.Tasks;

namespace InternalControl.Web.Pages;

/// <summary>One task of the inbox as the reader sees it.</summary>
public sealed record InboxRow(WorkflowTask Task, string Title, string Pupil, string? ClassId, string Subject, string Workflow);
