using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Tests;

/// <summary>Both rule engines, for a theory that runs on each: <c>[Theory, ClassData(typeof(Engines))]</c>.</summary>
public sealed class Engines : TheoryData<RuleEngineKind>
{
    public Engines()
    {
        Add(RuleEngineKind.Compiled);
        Add(RuleEngineKind.NRules);
    }
}
