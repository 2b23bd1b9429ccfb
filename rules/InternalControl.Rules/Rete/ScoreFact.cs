namespace InternalControl.Rules.Rete;

/// <summary>An evaluation score, for rules over `score x`.</summary>
internal sealed class ScoreFact(ReteEngine engine, int score) : BindingFact(engine, -1, -1, score);
