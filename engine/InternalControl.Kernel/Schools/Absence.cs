namespace InternalControl.Kernel.Schools;

/// <summary>A day a pupil missed lessons, with the excuse and the document behind it (6.2).</summary>
public sealed record Absence(string PupilId, DateOnly Date, int Lessons, AbsenceExcuse Excuse, string? Document);
