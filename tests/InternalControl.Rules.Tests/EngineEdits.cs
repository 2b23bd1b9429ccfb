using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Tests;

/// <summary>
/// Both rule engines, each with a fact that a session loses two ways: removed (<c>false</c>) or changed in place
/// (<c>true</c>: a mark corrected, an absence excused).
/// </summary>
public sealed class EngineEdits : TheoryData<RuleEngineKind, bool>
{
    public EngineEdits()
    {
        Add(RuleEngineKind.Compiled, false);
        Add(RuleEngineKind.Compiled, true);
        Add(RuleEngineKind.NRules, false);
        Add(RuleEngineKind.NRules, true);
    }
}
