namespace InternalControl.Kernel.Plans;

/// <summary>What a planned control looks at (seed 000 §2.1, "Бақылау нысаны").</summary>
public enum PlanObjectKind
{
    /// <summary>The school as a whole: its documents, a process, every class (no id).</summary>
    School,

    /// <summary>A member of staff (a teacher), by staff id.</summary>
    Staff,

    /// <summary>A whole class, by class id.</summary>
    Class,

    /// <summary>A whole subject across the school, by subject id.</summary>
    Subject,
}
