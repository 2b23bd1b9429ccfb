namespace InternalControl.Workflows.Tasks;

/// <summary>
/// A class and the subjects a holder's roles reach in it (<see cref="TaskQuery.OrRolesInClassSubjects"/>): a subject
/// teacher's class, where only the subjects they teach are theirs.
/// </summary>
public sealed record ClassSubjects(string ClassId, IReadOnlyList<string> SubjectIds);
