namespace InternalControl.Workflows.Tasks;

/// <summary>
/// Which tasks an inbox shows: by role code, by assignee id, of one case; open only by default. <see cref="Holder"/>
/// narrows to a person's own tasks (assigned to them or claimed by them) and, with <see cref="OrRoles"/>, also the tasks
/// of those roles, so that an inbox reads its own rows and not the school's.
/// </summary>
public sealed record TaskQuery(string? Role = null, string? Assignee = null, bool OpenOnly = true, long? CaseId = null)
{
    /// <summary>Tasks assigned to or claimed by this person (null: anyone's).</summary>
    public string? Holder { get; init; }

    /// <summary>With <see cref="Holder"/>: also the tasks of these role codes, whoever holds them.</summary>
    public IReadOnlyList<string> OrRoles { get; init; } = [];

    /// <summary>
    /// With <see cref="OrRoles"/>: only those role tasks whose pupil is in one of these classes, or in no class of these
    /// and of <see cref="OrRolesInClassSubjects"/> and has (had) a task held by <see cref="Holder"/> (null: any task of the
    /// roles, with a pupil or without).
    /// </summary>
    public IReadOnlyList<string>? OrRolesInClasses { get; init; }

    /// <summary>
    /// With <see cref="OrRolesInClasses"/> (not null): also those role tasks whose pupil is in one of these classes and
    /// whose case is about one of the subjects listed with the class, or about no subject.
    /// </summary>
    public IReadOnlyList<ClassSubjects> OrRolesInClassSubjects { get; init; } = [];

    /// <summary>Never the tasks of these role codes, whoever holds them.</summary>
    public IReadOnlyList<string> ExceptRoles { get; init; } = [];

    /// <summary>Only the tasks of cases about these pupils (null: about anyone, or no one).</summary>
    public IReadOnlyList<string>? Pupils { get; init; }

    /// <summary>Only these tasks (null: any).</summary>
    public IReadOnlyList<long>? Ids { get; init; }
}
