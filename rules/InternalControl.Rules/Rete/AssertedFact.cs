namespace InternalControl.Rules.Rete;

/// <summary>
/// A derived fact (`assert name(p[, s]) [= value]`) in NRules' working memory: a linked fact of the
/// activation that asserted it, so NRules retracts it when that activation no longer holds.
/// </summary>
internal sealed class AssertedFact(ReteEngine engine, int pupil, int fact, string name, int subject, double value, string rule)
{
    public ReteEngine Engine { get; } = engine;

    public int Pupil { get; } = pupil;

    public int Fact { get; } = fact;

    public string Name { get; } = name;

    public int Subject { get; } = subject;

    /// <summary>The value; changed in place before NRules is told (UpdateLinked).</summary>
    public double Value { get; set; } = value;

    /// <summary>The rule that asserted the current value.</summary>
    public string Rule { get; set; } = rule;
}
