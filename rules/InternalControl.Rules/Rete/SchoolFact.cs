namespace InternalControl.Rules.Rete;

/// <summary>The school, for rules with no pattern (tried once).</summary>
internal sealed class SchoolFact(ReteEngine engine) : BindingFact(engine, -1, -1, -1);
