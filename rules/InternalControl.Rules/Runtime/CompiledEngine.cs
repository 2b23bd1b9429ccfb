using InternalControl.Kernel.Schools;

namespace InternalControl.Rules.Runtime;

/// <summary>The expression-tree engine behind <see cref="IRuleEngine"/>: the <see cref="Evaluator"/> over a <see cref="FactIndex"/>.</summary>
internal sealed class CompiledEngine(Evaluator evaluator) : IRuleEngine
{
    public RuleEngineKind Kind => RuleEngineKind.Compiled;

    public DateOnly Now => evaluator.Context.Now;

    public FactIndex Index => evaluator.Index;

    public EvalContext Context => evaluator.Context;

    public IEnumerable<Outcome> Outcomes => evaluator.Outcomes;

    public Outcome? OutcomeOf(int pupil) => evaluator.OutcomeOf(pupil);

    public void RunAll() => evaluator.RunAll();

    public bool Add(Mark mark)
    {
        var pupil = evaluator.Index.AddMark(mark, out var subject);
        if (pupil < 0)
        {
            return false;
        }

        if (evaluator.PairLocal)
        {
            evaluator.EvaluatePair(pupil, subject);
        }
        else
        {
            evaluator.EvaluatePupil(pupil);
        }

        return true;
    }

    public bool Add(Absence absence) => Evaluated(evaluator.Index.AddAbsence(absence));

    // The whole pupil: the removed mark may have been the last of a subject the pupil is not taught.
    public bool Remove(Mark mark) => Evaluated(evaluator.Index.RemoveMark(mark, out _));

    public bool Remove(Absence absence) => Evaluated(evaluator.Index.RemoveAbsence(absence));

    /// <summary>Evaluates the whole pupil a change touched (its dense index); false when the change named no pupil of the session (-1).</summary>
    private bool Evaluated(int pupil)
    {
        if (pupil < 0)
        {
            return false;
        }

        evaluator.EvaluatePupil(pupil);
        return true;
    }
}
