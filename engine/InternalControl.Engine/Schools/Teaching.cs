namespace InternalControl.Engine.Schools;

/// <summary>Who teaches which subject in which class.</summary>
public sealed record Teaching(string ClassId, string SubjectId, string TeacherId);
