namespace InternalControl.Rules.Rete;

/// <summary>A subject of a pupil (taught or marked), for rules over `pupil p` and `subject s`.</summary>
internal sealed class PupilSubjectFact(ReteEngine engine, int pupil, int subject) : BindingFact(engine, pupil, subject, -1);
