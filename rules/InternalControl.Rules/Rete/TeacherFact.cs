namespace InternalControl.Rules.Rete;

/// <summary>A teacher's qualification, for rules over `teacher t`.</summary>
internal sealed class TeacherFact(ReteEngine engine, int teacher) : BindingFact(engine, -1, -1, -1, teacher);
