namespace InternalControl.Rules.Runtime;

/// <summary>A group or decision a rule set (`set group = "A"`): Value is a string, a double, a bool or a DateOnly.</summary>
public sealed record Decision(string Name, object? Value, string? PupilId, string? SubjectId, string? ObjectId, string Rule);
