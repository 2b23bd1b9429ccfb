namespace InternalControl.Kernel.Schools;

/// <summary>Who teaches which subject in which class.</summary>
/// <param name="ClassId">The class.</param>
/// <param name="SubjectId">The subject.</param>
/// <param name="TeacherId">The subject teacher (a staff id).</param>
/// <param name="WeeklyHours">
/// Hours a week of the subject in the class by the working curriculum, or null when the school did not give them.
/// Kazakh criteria-based assessment allows at most 2 unit summatives a quarter in a subject taught 1 hour a week,
/// otherwise at most 3 (seed 001 R31).
/// </param>
public sealed record Teaching(string ClassId, string SubjectId, string TeacherId, decimal? WeeklyHours = null);
