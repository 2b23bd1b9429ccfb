using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// Problems a condition meets while it runs (a division by 0, IC1251), each reported once per rule and binding however
/// often an engine re-tries the binding.
/// </summary>
internal sealed class RuntimeProblems
{
    private readonly HashSet<(string Rule, string Binding)> _seen = [];
    private readonly List<Diagnostic> _problems = [];

    public IReadOnlyList<Diagnostic> All => _problems;

    public void DivisionByZero(string rule, SourceSpan span, string binding)
    {
        if (_seen.Add((rule, binding)))
        {
            _problems.Add(Diagnostic.Warning("IC1251", span, "Rules.DivisionByZeroAtRuntime", rule, binding));
        }
    }
}
