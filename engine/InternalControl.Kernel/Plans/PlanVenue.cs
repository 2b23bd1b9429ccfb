namespace InternalControl.Kernel.Plans;

/// <summary>
/// Where the result of a planned control is heard (seed 000 §2.6, "Қарау орны"). The seed names more bodies (the
/// class teachers' meeting, the methodical association, the prevention staff); a school's plan file maps each to the
/// one of these three that chairs it (seeds/plans/README.md).
/// </summary>
public enum PlanVenue
{
    /// <summary>The meeting under the director (ДЖК / ДЖО), chaired by the director.</summary>
    DirectorMeeting,

    /// <summary>The methodological council (ӘК, ҒӘК, ӘБО), chaired by its head.</summary>
    MethodologicalCouncil,

    /// <summary>The pedagogical council (ПК №1-№6), chaired by the director.</summary>
    PedagogicalCouncil,
}
