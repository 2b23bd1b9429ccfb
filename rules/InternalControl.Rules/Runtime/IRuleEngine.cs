using InternalControl.Kernel.Schools;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// One engine's working memory over one school: what <see cref="RuleSession"/> delegates to. Both engines
/// implement it over the same compiled rules and fill the same <see cref="Outcome"/>s.
/// </summary>
internal interface IRuleEngine
{
    RuleEngineKind Kind { get; }

    /// <summary>Evaluates the whole school.</summary>
    void RunAll();

    /// <summary>Adds a mark and brings the outcomes up to date; false when its pupil or subject is unknown.</summary>
    bool Add(Mark mark);

    /// <summary>Adds an absence and brings the outcomes up to date; false when its pupil is unknown.</summary>
    bool Add(Absence absence);

    /// <summary>Removes a mark (corrected or deleted in the journal) and brings the outcomes up to date; false when it is not in working memory.</summary>
    bool Remove(Mark mark);

    /// <summary>Removes an absence and brings the outcomes up to date; false when it is not in working memory.</summary>
    bool Remove(Absence absence);

    /// <summary>The date evaluations run as of.</summary>
    DateOnly Now { get; }

    FactIndex Index { get; }

    /// <summary>The context the conditions run in, with the problems they met (<see cref="EvalContext.Problems"/>).</summary>
    EvalContext Context { get; }

    /// <summary>Every pupil's outcome, then the school-wide one.</summary>
    IEnumerable<Outcome> Outcomes { get; }

    Outcome? OutcomeOf(int pupil);
}
