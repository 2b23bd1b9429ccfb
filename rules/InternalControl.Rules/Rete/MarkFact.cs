using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Rete;

/// <summary>
/// A mark in NRules' working memory, for the mark aggregates NRules computes as group-by elements: the bindings it
/// counts for (its pupil, and the pupil's subject), its row as the <see cref="FactIndex"/> holds it, and its place among
/// the pupil's rows (<see cref="Order"/>), in which the expression-tree engine's loop adds the marks up.
/// </summary>
internal sealed class MarkFact(PupilFact pupil, PupilSubjectFact subject, int order, MarkRow row)
{
    /// <summary>The binding of a rule over `pupil p` the mark counts for.</summary>
    public PupilFact OfPupil { get; } = pupil;

    /// <summary>The binding of a rule over `pupil p, subject s` the mark counts for.</summary>
    public PupilSubjectFact OfSubject { get; } = subject;

    public int Subject => OfSubject.Subject;

    public int Order { get; } = order;

    public MarkRow Row { get; } = row;
}
