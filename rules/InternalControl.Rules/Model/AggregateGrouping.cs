namespace InternalControl.Rules.Model;

/// <summary>
/// Which facts an aggregate groups: those of the bound pupil and subject, of the pupil, the pupil's subjects, the scores of
/// one object on one sheet, or the school's scores.
/// </summary>
internal enum AggregateGrouping
{
    /// <summary>Marks of the bound pupil in the bound (or the enclosing subject aggregate's) subject.</summary>
    PupilSubject,

    /// <summary>Marks of every subject of the bound pupil, or the pupil's absences.</summary>
    Pupil,

    /// <summary>The subjects the bound pupil is taught or has marks in (a subject aggregate).</summary>
    PupilSubjects,

    /// <summary>All evaluation scores of the school.</summary>
    School,

    /// <summary>
    /// The evaluation scores of one object on one sheet: the filter says `y.object = ... and y.sheet = ...`
    /// (<see cref="AggregateDefinition.Key"/>), so the aggregate reads that group of the scores grouped once, not every score.
    /// </summary>
    ObjectSheet,
}
