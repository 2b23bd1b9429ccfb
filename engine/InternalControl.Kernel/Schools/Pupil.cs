namespace InternalControl.Kernel.Schools;

/// <summary>A pupil, in exactly one class. Personal data of a minor: never logged.</summary>
public sealed record Pupil(string Id, string FullName, string ClassId, DateOnly BirthDate);
