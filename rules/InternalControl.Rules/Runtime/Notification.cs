namespace InternalControl.Rules.Runtime;

/// <summary>A role to notify (`notify class_teacher "Policy.Kg.UnexcusedDiary"`); Message is a text key or the text itself.</summary>
public sealed record Notification(string Role, string? Message, string? PupilId, string? SubjectId, string Rule);
