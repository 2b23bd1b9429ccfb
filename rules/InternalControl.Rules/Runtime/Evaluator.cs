using System.Runtime.CompilerServices;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// Runs compiled rules over a <see cref="FactIndex"/>: per pupil (and per subject of the pupil), in priority
/// order, round after round while derived facts change (forward chaining). A rule fires once per binding
/// unless a derived fact it reads has changed since; a pupil whose rules still change facts after
/// <see cref="MaxRounds"/> rounds is stopped and reported (IC1401), never looped forever.
/// </summary>
internal sealed class Evaluator
{
    public const int MaxRounds = 64;

    private readonly CompiledRule[] _rules;
    private readonly int _factCount;
    private readonly Outcome?[] _pupils;
    private readonly PupilFacts?[] _facts;
    private readonly Outcome _global = new();
    private readonly Dictionary<(int Rule, int Subject), int> _fired = [];
    private readonly List<FactRef> _witnessBuffer = [];

    public Evaluator(IReadOnlyList<CompiledRule> rules, int factCount, FactIndex index, DateOnly now)
    {
        _rules = [.. rules];
        _factCount = factCount;
        Index = index;
        Context = new EvalContext(index, now);
        _pupils = new Outcome?[index.PupilIds.Length];
        _facts = new PupilFacts?[index.PupilIds.Length];
        PairLocal = _rules.Where(r => r.Scope is RuleScope.Pupil or RuleScope.PupilSubject).All(r => r.PairLocal);
    }

    /// <summary>True when every pupil rule is pair-local: a new mark re-evaluates its (pupil, subject) pair only.</summary>
    public bool PairLocal { get; }

    public FactIndex Index { get; }

    public EvalContext Context { get; }

    public IEnumerable<Outcome> Outcomes => _pupils.Where(o => o is not null).Select(o => o!).Append(_global);

    public Outcome? OutcomeOf(int pupil) => _pupils[pupil];

    public void RunAll()
    {
        for (var p = 0; p < _pupils.Length; p++)
        {
            EvaluatePupil(p);
        }

        RunGlobal();
    }

    // Hot paths are compiled fully optimized at once: a session that re-evaluates one pupil per new mark
    // must not spend its first seconds in unoptimized code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EvaluatePupil(int pupil)
    {
        var context = Context;
        var outcome = _pupils[pupil];
        outcome?.Clear();
        var facts = _facts[pupil];
        facts?.Clear();
        _fired.Clear();
        // The pupil's bindings are tried again from scratch: a binding that is gone (a subject left with no marks) has no
        // problem any more, and the others report theirs again as their conditions run.
        context.Problems.Forget(pupil);
        context.Pupil = pupil;
        context.Class = context.ClassOf(pupil);
        context.Score = -1;
        context.Facts = facts;
        var subjects = Index.PupilSubjects[pupil];
        var round = 0;
        var changed = true;
        HashSet<string>? lastRound = null;
        while (changed && round < MaxRounds)
        {
            changed = false;
            round++;
            for (var r = 0; r < _rules.Length; r++)
            {
                var rule = _rules[r];
                if (rule.Scope == RuleScope.Pupil)
                {
                    context.Subject = -1;
                    changed |= Try(r, rule, -1, ref outcome, pupil, round == MaxRounds ? (lastRound ??= []) : null);
                }
                else if (rule.Scope == RuleScope.PupilSubject)
                {
                    for (var i = 0; i < subjects.Count; i++)
                    {
                        context.Subject = subjects[i];
                        changed |= Try(r, rule, subjects[i], ref outcome, pupil, round == MaxRounds ? (lastRound ??= []) : null);
                    }
                }
            }
        }

        if (changed && lastRound is not null)
        {
            foreach (var rule in _rules.Where(r => lastRound.Contains(r.Name)))
            {
                outcome!.Problems.Add(Diagnostic.Warning("IC1401", rule.Span, "Rules.ChainingBound", rule.Name, MaxRounds));
            }
        }

        context.Subject = -1;
    }

    /// <summary>Re-evaluates one (pupil, subject) pair; only valid when <see cref="PairLocal"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EvaluatePair(int pupil, int subject)
    {
        var context = Context;
        var outcome = _pupils[pupil];
        if (outcome is not null)
        {
            var id = Index.SubjectIds[subject];
            outcome.Firings.RemoveAll(f => f.SubjectId == id);
            outcome.Starts.RemoveAll(f => f.SubjectId == id);
            outcome.Decisions.RemoveAll(f => f.SubjectId == id);
            outcome.Notifications.RemoveAll(f => f.SubjectId == id);
        }

        _fired.Clear();
        context.Pupil = pupil;
        context.Class = context.ClassOf(pupil);
        context.Score = -1;
        context.Facts = _facts[pupil];
        context.Subject = subject;
        for (var r = 0; r < _rules.Length; r++)
        {
            if (_rules[r].Scope == RuleScope.PupilSubject)
            {
                Try(r, _rules[r], subject, ref outcome, pupil, null);
            }
        }

        context.Subject = -1;
    }

    public void RunGlobal()
    {
        var context = Context;
        _global.Clear();
        context.Pupil = -1;
        context.Class = -1;
        context.Facts = null;
        var outcome = (Outcome?)_global;
        for (var r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
            if (rule.Scope == RuleScope.Once)
            {
                context.Subject = -1;
                context.Score = -1;
                Try(r, rule, -1, ref outcome, -1, null);
            }
            else if (rule.Scope == RuleScope.Score)
            {
                for (var s = 0; s < Index.Scores.Length; s++)
                {
                    context.Score = s;
                    Try(r, rule, s, ref outcome, -1, null);
                }
            }
            else if (rule.Scope == RuleScope.Teacher)
            {
                context.Score = -1;
                for (var t = 0; t < Index.Teachers.Length; t++)
                {
                    context.Teacher = t;
                    Try(r, rule, t, ref outcome, -1, null);
                }

                context.Teacher = -1;
            }
        }

        context.Score = -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Try(int index, CompiledRule rule, int binding, ref Outcome? outcome, int pupil, HashSet<string>? lastRound)
    {
        var context = Context;
        if (!rule.Condition(context))
        {
            return false;
        }

        var stamp = rule.FactsRead.Length == 0 || context.Facts is null ? 0 : context.Facts.Stamp(rule.FactsRead);
        var again = _fired.TryGetValue((index, binding), out var last);
        if (again && last == stamp)
        {
            return false;
        }

        _fired[(index, binding)] = stamp;
        if (outcome is null)
        {
            outcome = new Outcome();
            if (pupil >= 0)
            {
                _pupils[pupil] = outcome;
            }
        }

        if (pupil >= 0 && context.Facts is null && rule.Actions.OfType<AssertAction>().Any())
        {
            context.Facts = _facts[pupil] = new PupilFacts(_factCount);
        }

        var marks = (outcome.Firings.Count, outcome.Starts.Count, outcome.Decisions.Count, outcome.Notifications.Count);
        var changed = false;
        foreach (var action in rule.Actions)
        {
            changed |= action.Run(context, rule, outcome);
        }

        // A re-firing that changes nothing is no news: drop what it produced.
        if (again && !changed)
        {
            Truncate(outcome, marks);
            return false;
        }

        _witnessBuffer.Clear();
        for (var w = 0; w < rule.Witnesses.Count; w++)
        {
            rule.Witnesses[w](context, _witnessBuffer);
        }

        var objectId = context.ObjectId();
        outcome.Firings.Add(new Firing(rule.Name, StartAction.NullIfEmpty(context.PupilId(context.Pupil)), StartAction.NullIfEmpty(context.SubjectId(context.Subject)), objectId, context.CurrentTerm, context.Now, _witnessBuffer.Count == 0 ? [] : [.. _witnessBuffer]));
        lastRound?.Add(rule.Name);
        return changed;
    }

    private static void Truncate(Outcome outcome, (int Firings, int Starts, int Decisions, int Notifications) marks)
    {
        outcome.Starts.RemoveRange(marks.Starts, outcome.Starts.Count - marks.Starts);
        outcome.Decisions.RemoveRange(marks.Decisions, outcome.Decisions.Count - marks.Decisions);
        outcome.Notifications.RemoveRange(marks.Notifications, outcome.Notifications.Count - marks.Notifications);
    }
}
