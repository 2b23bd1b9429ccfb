using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Runtime;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;

namespace InternalControl.Rules.Rete;

/// <summary>
/// NRules behind <see cref="IRuleEngine"/>: one NRules session whose working memory holds the school's
/// binding facts (<see cref="BindingFact"/>), the marks when a rule's mark aggregates are NRules group-by elements
/// (<see cref="MarkFact"/>), and the derived facts rules assert (<see cref="AssertedFact"/>, linked to the activation that
/// asserted them). Firings are recorded from the session's RuleFiredEvent.
/// A new, corrected or removed mark or absence updates its pupil's facts in working memory, and NRules re-activates the rules of
/// that pupil; the pupil's outcome is rebuilt from those firings, as the expression-tree engine rebuilds it.
/// </summary>
internal sealed partial class ReteEngine : IRuleEngine
{
    private readonly ReteModel _model;
    private readonly ISession _session;
    private readonly SchoolFact _school;
    private readonly PupilFact[] _pupils;
    private readonly List<PupilSubjectFact>[] _subjects;
    private readonly List<MarkFact>[]? _marks;
    private readonly ScoreFact[] _scores;
    private readonly TeacherFact[] _teachers;
    private readonly Outcome?[] _outcomes;
    private readonly Outcome _global = new();
    private readonly List<FactRef> _witnessBuffer = [];
    private bool _loaded;

    // The place of the next mark that comes, after every place of the loaded marks (MarkFact.Order).
    private int _nextOrder;

    // Set by an action that produced nothing new (a re-firing with no change): its RuleFiredEvent records no firing.
    private bool _suppressed;

    public ReteEngine(ReteModel model, FactIndex index, DateOnly now)
    {
        _model = model;
        Index = index;
        Context = new EvalContext(index, now);
        _session = model.Factory.CreateSession();
        _session.Events.RuleFiredEvent += OnFired;
        _school = new SchoolFact(this);
        _pupils = new PupilFact[index.PupilIds.Length];
        _subjects = new List<PupilSubjectFact>[index.PupilIds.Length];
        _outcomes = new Outcome?[index.PupilIds.Length];
        _marks = model.GroupsMarks ? new List<MarkFact>[index.PupilIds.Length] : null;
        for (var p = 0; p < _pupils.Length; p++)
        {
            _pupils[p] = new PupilFact(this, p);
            _subjects[p] = [.. index.PupilSubjects[p].Select(s => new PupilSubjectFact(this, p, s))];
        }

        _scores = [.. Enumerable.Range(0, index.Scores.Length).Select(s => new ScoreFact(this, s))];
        _teachers = [.. Enumerable.Range(0, index.Teachers.Length).Select(t => new TeacherFact(this, t))];
    }

    public RuleEngineKind Kind => RuleEngineKind.NRules;

    public DateOnly Now => Context.Now;

    public FactIndex Index { get; }

    public EvalContext Context { get; }

    /// <summary>The NRules session: its working memory holds the binding facts, the grouped marks and the derived facts (read by tests).</summary>
    public ISession Session => _session;

    public IEnumerable<Outcome> Outcomes
    {
        get
        {
            SyncFacts();
            return _outcomes.Where(o => o is not null).Select(o => o!).Append(_global);
        }
    }

    public Outcome? OutcomeOf(int pupil)
    {
        SyncFacts();
        return _outcomes[pupil];
    }

    public void RunAll()
    {
        if (!_loaded)
        {
            _loaded = true;
            // Marks added before the first run may have given a pupil a subject the class is not taught.
            for (var p = 0; p < _pupils.Length; p++)
            {
                SyncSubjects(p);
            }

            LoadMarks();
            _session.InsertAll(_marks is null ? AllBindings() : AllBindings().Concat<object>(_marks.SelectMany(m => m)));
        }
        else
        {
            foreach (var outcome in _outcomes)
            {
                Reset(outcome);
            }

            Reset(_global);
            var all = AllBindings().ToList();
            foreach (var binding in all)
            {
                binding.Fired.Clear();
            }

            // The rules over groups of marks fire again when their marks change.
            _session.UpdateAll(_marks is null ? all : all.Concat<object>(_marks.SelectMany(m => m)));
        }

        _session.Fire();
    }

    public bool Add(Mark mark)
    {
        var pupil = Index.AddMark(mark, out var subject);
        return Refreshed(pupil, pupil < 0 ? null : (subject, Index.Row(mark), null));
    }

    public bool Add(Absence absence) => Refreshed(Index.AddAbsence(absence));

    public bool Remove(Mark mark)
    {
        var pupil = Index.RemoveMark(mark, out var subject);
        return Refreshed(pupil, pupil < 0 ? null : (subject, null, Index.Row(mark)));
    }

    public bool Remove(Absence absence) => Refreshed(Index.RemoveAbsence(absence));

    /// <summary>
    /// Re-evaluates the pupil a change touched (its dense index), with the mark that came or went in one of its subjects;
    /// false when the change named no pupil of the session (-1).
    /// </summary>
    private bool Refreshed(int pupil, (int Subject, MarkRow? Added, MarkRow? Removed)? mark = null)
    {
        if (pupil < 0)
        {
            return false;
        }

        Refresh(pupil, mark);
        return true;
    }

    /// <summary>The pupil's derived facts that a condition reads, as the evaluator's per-pupil table.</summary>
    public PupilFacts FactsOf(IEnumerable<AssertedFact> facts)
    {
        var table = new PupilFacts(_model.FactCount);
        foreach (var fact in facts)
        {
            table.Assert(fact.Fact, fact.Subject, fact.Value);
        }

        return table;
    }

    /// <summary>
    /// Re-evaluates one pupil after a new fact: its binding facts leave working memory (their activations go, and
    /// with them, by truth maintenance, the pupil's derived facts) and come back, so the pupil's rules fire again
    /// from no derived facts in priority order, as in a batch. Updating them in place instead would keep derived facts
    /// a rule negates (`not exists(risky(p))`) and give another answer than the batch when the negating rule runs
    /// first (found by the property test over generated rules).
    /// </summary>
    private void Refresh(int pupil, (int Subject, MarkRow? Added, MarkRow? Removed)? mark)
    {
        if (!_loaded)
        {
            RunAll();
            return;
        }

        Reset(_outcomes[pupil]);
        var subjects = _subjects[pupil];
        var old = new List<object>(subjects.Count + 1) { _pupils[pupil] };
        old.AddRange(subjects);
        SyncSubjects(pupil);

        // The pupil's marks leave working memory with its bindings and come back with them, so that the rules over their
        // groups fire again; the mark that went does not come back, one that came joins them (when a grouped aggregate may
        // count it).
        var marks = _marks?[pupil];
        if (marks is not null)
        {
            old.AddRange(marks);
            if (mark is { Removed: { } removed } gone && marks.FindIndex(m => m.Subject == gone.Subject && m.Row.SameMark(removed)) is var at and >= 0)
            {
                marks.RemoveAt(at);
            }

            if (mark is { Added: { } row } came && _model.Admits(Context, row))
            {
                marks.Add(new MarkFact(_pupils[pupil], subjects.Find(f => f.Subject == came.Subject)!, _nextOrder++, row));
            }
        }

        _session.RetractAll(old);
        // The retracted bindings take their problems (IC1251) with them; the inserted ones report theirs as NRules runs
        // their conditions.
        Context.Problems.Forget(pupil);
        _pupils[pupil].Fired.Clear();
        var all = new List<object>(subjects.Count + 1) { _pupils[pupil] };
        foreach (var fact in subjects)
        {
            fact.Fired.Clear();
            all.Add(fact);
        }

        if (marks is not null)
        {
            all.AddRange(marks);
        }

        _session.InsertAll(all);
        _session.Fire();
    }

    /// <summary>
    /// Brings the pupil's subject facts up to date with the index: a subject the pupil is taught or has marks in has its fact
    /// (a mark in a subject the class is not taught makes one), and one the pupil no longer has loses it.
    /// </summary>
    private void SyncSubjects(int pupil)
    {
        var subjects = _subjects[pupil];
        var current = Index.PupilSubjects[pupil];
        subjects.RemoveAll(f => !current.Contains(f.Subject));
        foreach (var subject in current)
        {
            if (!subjects.Exists(f => f.Subject == subject))
            {
                subjects.Add(new PupilSubjectFact(this, pupil, subject));
            }
        }
    }

    /// <summary>
    /// The marks a grouped mark aggregate may count (<see cref="ReteModel.Admits"/>), as the index holds them when the session
    /// first runs, each with its place among its pupil's rows; a mark that comes later takes a place after them all.
    /// </summary>
    private void LoadMarks()
    {
        if (_marks is null)
        {
            return;
        }

        for (var pupil = 0; pupil < _marks.Length; pupil++)
        {
            var block = Index.Marks[pupil];
            var marks = _marks[pupil] = [];
            var subjects = new PupilSubjectFact?[block.Start.Length - 1];
            foreach (var fact in _subjects[pupil])
            {
                subjects[fact.Subject] = fact;
            }

            for (var s = 0; s < subjects.Length; s++)
            {
                for (var i = block.Start[s]; i < block.Start[s + 1]; i++)
                {
                    if (_model.Admits(Context, block.Rows[i]))
                    {
                        marks.Add(new MarkFact(_pupils[pupil], subjects[s]!, i, block.Rows[i]));
                    }
                }
            }

            _nextOrder = Math.Max(_nextOrder, block.Count);
        }
    }

    private IEnumerable<BindingFact> AllBindings()
    {
        yield return _school;
        for (var p = 0; p < _pupils.Length; p++)
        {
            yield return _pupils[p];
            foreach (var fact in _subjects[p])
            {
                yield return fact;
            }
        }

        foreach (var score in _scores)
        {
            yield return score;
        }

        foreach (var teacher in _teachers)
        {
            yield return teacher;
        }
    }

    private Outcome OutcomeFor(int pupil) => pupil < 0 ? _global : _outcomes[pupil] ??= new Outcome();

    /// <summary>Clears what an outcome collected from firings; its derived facts come from working memory (<see cref="SyncFacts"/>).</summary>
    private static void Reset(Outcome? outcome)
    {
        if (outcome is not null)
        {
            outcome.Firings.Clear();
            outcome.Starts.Clear();
            outcome.Decisions.Clear();
            outcome.Notifications.Clear();
            outcome.Problems.Clear();
        }
    }

    /// <summary>Derived facts are what NRules holds now (truth maintenance may have retracted some).</summary>
    private void SyncFacts()
    {
        foreach (var outcome in _outcomes)
        {
            outcome?.Facts.Clear();
        }

        foreach (var fact in _session.Query<AssertedFact>())
        {
            var context = Context;
            OutcomeFor(fact.Pupil).Facts.Add(new DerivedFact(fact.Name, context.PupilId(fact.Pupil), StartAction.NullIfEmpty(context.SubjectId(fact.Subject)), fact.Value, fact.Rule));
        }
    }
}
