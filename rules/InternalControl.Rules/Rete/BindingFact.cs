using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Rete;

/// <summary>
/// A fact in NRules' working memory that a rule binds: the school (once), a pupil, a pupil's subject, an
/// evaluation score or a teacher. It carries dense indexes into the session's <see cref="FactIndex"/>, where the marks
/// and absences its aggregates count already sit grouped by pupil and subject.
/// </summary>
internal abstract class BindingFact(ReteEngine engine, int pupil, int subject, int score, int teacher = -1)
{
    public ReteEngine Engine { get; } = engine;

    public int Pupil { get; } = pupil;

    public int Subject { get; } = subject;

    public int Score { get; } = score;

    public int Teacher { get; } = teacher;

    /// <summary>How often each rule (by index) fired for this binding since the pupil was last re-evaluated.</summary>
    public Dictionary<int, int> Fired { get; } = [];

    /// <summary>Points the shared context at this binding, as the expression-tree evaluator does before a condition.</summary>
    public void Bind(EvalContext context)
    {
        context.Pupil = Pupil;
        context.Class = context.ClassOf(Pupil);
        context.Subject = Subject;
        context.Score = Score;
        context.Teacher = Teacher;
        context.Facts = null;
    }
}
