using InternalControl.Rules.Runtime;

namespace InternalControl.Application.Policies;

/// <summary>
/// The rule engines by the codes a school stores and the CLI takes (`--engine nrules|compiled`), and the engine
/// a school runs on when it chose none.
/// </summary>
public static class RuleEngines
{
    /// <summary>
    /// The engine of a school that chose none: NRules. The expression-tree engine runs the same rules faster (region-wide
    /// batches) and is chosen with `--engine compiled`; the test suite holds the two to the same answers on both shipped
    /// policies and both sample schools (rules/README.md, "Two engines", names the one construct where they differ).
    /// </summary>
    public const RuleEngineKind Default = RuleEngineKind.NRules;

    /// <summary>The codes, in the order help lists them.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["nrules", "compiled"];

    /// <summary>An engine's code.</summary>
    public static string Code(RuleEngineKind engine) => engine == RuleEngineKind.NRules ? "nrules" : "compiled";

    /// <summary>The engine a code names; false for anything else.</summary>
    public static bool TryParse(string? code, out RuleEngineKind engine)
    {
        engine = Default;
        switch (code?.Trim().ToLowerInvariant())
        {
            case "nrules":
                engine = RuleEngineKind.NRules;
                return true;
            case "compiled":
                engine = RuleEngineKind.Compiled;
                return true;
            default:
                return false;
        }
    }
}
