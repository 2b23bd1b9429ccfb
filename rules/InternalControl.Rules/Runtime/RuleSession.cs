using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// A school's facts in working memory with a compiled policy: <see cref="Run"/> evaluates the whole school;
/// <see cref="Add(Mark)"/> and <see cref="Add(Absence)"/> add one fact and re-evaluate only its pupil.
/// </summary>
public sealed class RuleSession
{
    private readonly Evaluator _evaluator;

    internal RuleSession(CompiledPolicy policy, SchoolData data, SchoolCalendar calendar, DateOnly now)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(calendar);
        Policy = policy;
        _evaluator = new Evaluator(policy.CompiledRules, policy.FactCount, new FactIndex(data, calendar), now);
    }

    /// <summary>The policy this session runs.</summary>
    public CompiledPolicy Policy { get; }

    /// <summary>Evaluates every pupil and every evaluation score; returns the whole result.</summary>
    public EvaluationResult Run()
    {
        _evaluator.RunAll();
        return Result();
    }

    /// <summary>Adds a mark and re-evaluates its pupil. False when the pupil or subject is unknown.</summary>
    public bool Add(Mark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var pupil = _evaluator.Index.AddMark(mark, out var subject);
        if (pupil < 0)
        {
            return false;
        }

        if (_evaluator.PairLocal)
        {
            _evaluator.EvaluatePair(pupil, subject);
        }
        else
        {
            _evaluator.EvaluatePupil(pupil);
        }

        return true;
    }

    /// <summary>Adds an absence and re-evaluates its pupil. False when the pupil is unknown.</summary>
    public bool Add(Absence absence)
    {
        ArgumentNullException.ThrowIfNull(absence);
        var pupil = _evaluator.Index.AddAbsence(absence);
        if (pupil < 0)
        {
            return false;
        }

        _evaluator.EvaluatePupil(pupil);
        return true;
    }

    /// <summary>The current result of the whole school (after <see cref="Run"/> and any additions).</summary>
    public EvaluationResult Result() => new(_evaluator.Context.Now, _evaluator.Outcomes);

    /// <summary>The current result of one pupil.</summary>
    public EvaluationResult ResultFor(string pupilId) =>
        new(_evaluator.Context.Now, _evaluator.Index.PupilIndex.TryGetValue(pupilId, out var p) && _evaluator.OutcomeOf(p) is { } o ? [o] : []);
}
