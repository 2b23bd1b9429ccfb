using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Rete;

/// <summary>
/// A mark in NRules' working memory, for the mark aggregates NRules computes as group-by elements: the bindings it
/// counts for (its pupil, and the pupil's subject), its row as the <see cref="FactIndex"/> holds it, and its place in its
/// subject's run of the pupil's rows (<see cref="Order"/>: the row's position when the session first ran, then a counter
/// above every such position for marks that come later; comparable within one pupil and subject), in which the
/// expression-tree engine's loop adds the marks up.
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
