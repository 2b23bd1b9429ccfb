namespace InternalControl.Rules.Rete;

/// <summary>A pupil, for rules over `pupil p`.</summary>
internal sealed class PupilFact(ReteEngine engine, int pupil) : BindingFact(engine, pupil, -1, -1);
