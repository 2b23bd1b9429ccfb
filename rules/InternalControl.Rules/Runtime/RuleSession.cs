using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;
using InternalControl.Rules.Rete;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// A school's facts in working memory with a compiled policy, run by one engine (<see cref="Engine"/>):
/// <see cref="Run"/> evaluates the whole school; <see cref="Add(Mark)"/>, <see cref="Remove(Mark)"/> and
/// <see cref="Update(Mark, Mark)"/> (and the same for absences) change one fact and bring the result up to date
/// (the expression-tree engine re-evaluates that pupil; NRules updates the pupil's facts in its working memory
/// and fires what changed, and its truth maintenance retracts the derived facts that no longer hold).
/// </summary>
public sealed class RuleSession
{
    private readonly IRuleEngine _engine;

    internal RuleSession(CompiledPolicy policy, SchoolData data, SchoolCalendar calendar, DateOnly now, RuleEngineKind engine)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(calendar);
        Policy = policy;
        var index = new FactIndex(data, calendar);
        _engine = engine switch
        {
            RuleEngineKind.NRules => new ReteEngine(policy.Rete, index, now),
            _ => new CompiledEngine(new Evaluator(policy.CompiledRules, policy.FactCount, index, now)),
        };
    }

    /// <summary>The policy this session runs.</summary>
    public CompiledPolicy Policy { get; }

    /// <summary>The engine this session runs on.</summary>
    public RuleEngineKind Engine => _engine.Kind;

    /// <summary>Evaluates every pupil and every evaluation score; returns the whole result.</summary>
    public EvaluationResult Run()
    {
        _engine.RunAll();
        return Result();
    }

    /// <summary>Adds a mark and re-evaluates what it touches. False when the pupil or subject is unknown.</summary>
    public bool Add(Mark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return _engine.Add(mark);
    }

    /// <summary>Adds an absence and re-evaluates its pupil. False when the pupil is unknown.</summary>
    public bool Add(Absence absence)
    {
        ArgumentNullException.ThrowIfNull(absence);
        return _engine.Add(absence);
    }

    /// <summary>Removes a mark (deleted from the journal) and re-evaluates its pupil. False when no such mark is in the session.</summary>
    public bool Remove(Mark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return _engine.Remove(mark);
    }

    /// <summary>Removes an absence and re-evaluates its pupil. False when no such absence is in the session.</summary>
    public bool Remove(Absence absence)
    {
        ArgumentNullException.ThrowIfNull(absence);
        return _engine.Remove(absence);
    }

    /// <summary>
    /// Replaces a mark with its correction. False, and nothing changes, when the old mark is not in the session or
    /// the correction names an unknown pupil or subject.
    /// </summary>
    public bool Update(Mark old, Mark corrected)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(corrected);
        return _engine.Index.Knows(corrected.PupilId, corrected.SubjectId) && _engine.Remove(old) && _engine.Add(corrected);
    }

    /// <summary>Replaces an absence with its correction. False, and nothing changes, when the old one is not in the session or the pupil is unknown.</summary>
    public bool Update(Absence old, Absence corrected)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(corrected);
        return _engine.Index.Knows(corrected.PupilId, null) && _engine.Remove(old) && _engine.Add(corrected);
    }

    /// <summary>The current result of the whole school (after <see cref="Run"/> and any additions).</summary>
    public EvaluationResult Result() => new(_engine.Now, _engine.Outcomes, _engine.Context.Problems.All);

    /// <summary>The current result of one pupil.</summary>
    public EvaluationResult ResultFor(string pupilId) =>
        _engine.Index.PupilIndex.TryGetValue(pupilId, out var p)
            ? new(_engine.Now, _engine.OutcomeOf(p) is { } o ? [o] : [], _engine.Context.Problems.Of(p))
            : new(_engine.Now, [], []);
}
