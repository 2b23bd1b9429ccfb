namespace InternalControl.Rules.Rete;

/// <summary>
/// A fact an NRules group-by of marks groups: a mark (<see cref="MarkFact"/>), and, for a rule whose condition may hold
/// over no marks, the binding its group is for (the pupil, or the pupil's subject), so that a binding with no marks has a
/// group too and its condition is tried.
/// </summary>
internal interface IMarkGroupMember;
