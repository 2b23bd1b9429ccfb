namespace InternalControl.Rules.Rete;

/// <summary>
/// A fact an NRules group-by of marks groups: a mark (<see cref="MarkFact"/>), and the binding its group is for (the
/// pupil, or the pupil's subject), so that a binding with no marks still has its group and its condition is tried.
/// </summary>
internal interface IMarkGroupMember
{
    int Pupil { get; }

    int Subject { get; }
}
