namespace InternalControl.Rules.Model;

/// <summary>Which facts an aggregate groups: those of the bound pupil and subject, of the pupil, the pupil's subjects, or the school's scores.</summary>
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
}
