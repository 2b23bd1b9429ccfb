using System.CommandLine;
using InternalControl.Application.Policies;
using InternalControl.Localization;
using InternalControl.Rules.Runtime;

namespace InternalControl.Cli.CommandLine;

/// <summary>`--engine nrules|compiled`: the rule engine a command runs on, or a school is created with.</summary>
internal static class EngineOption
{
    /// <summary>The option for a command that runs rules: the school's engine unless it names another.</summary>
    public static Option<string?> Create(Localizer texts) => new("--engine") { Description = texts.Get("Cli.Engine.Option") };

    /// <summary>The engine the option names; null when it is not given. A code that names no engine is refused (Cli.Engine.Bad).</summary>
    public static RuleEngineKind? Chosen(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is not { } code ? null
        : RuleEngines.TryParse(code, out var kind) ? kind
        : throw new UserErrorException("Cli.Engine.Bad", code);
}
