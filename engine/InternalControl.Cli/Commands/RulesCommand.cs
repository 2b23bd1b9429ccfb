using System.CommandLine;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;
using InternalControl.Rules.Testing;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>`ic rules check|test FILE...`: compile policy files with their diagnostics; run their test blocks.</summary>
internal sealed class RulesCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var command = new Command("rules", texts.Get("Cli.Rules.Description"));
        command.Add(Check(texts, runner));
        command.Add(Test(texts, runner));
        return command;
    }

    private static Command Check(Localizer texts, CommandRunner runner)
    {
        var files = new Argument<string[]>("FILE") { Description = texts.Get("Cli.Rules.Files"), Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", texts.Get("Cli.Rules.Check")) { files };
        runner.Bind(command, (context, parse) =>
        {
            var sources = PolicyFiles.Read(parse.GetValue(files)!);
            var policy = PolicyFiles.Compile(context, sources);
            if (policy is null)
            {
                return ExitCodes.UserError;
            }

            context.Say("Cli.Rules.Checked", policy.Name, policy.Rules.Count, policy.Tables.Count, policy.Tests.Count, policy.Parameters.Count);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Test(Localizer texts, CommandRunner runner)
    {
        var files = new Argument<string[]>("FILE") { Description = texts.Get("Cli.Rules.Files"), Arity = ArgumentArity.OneOrMore };
        var command = new Command("test", texts.Get("Cli.Rules.Test")) { files };
        runner.Bind(command, (context, parse) =>
        {
            var sources = PolicyFiles.Read(parse.GetValue(files)!);
            var policy = PolicyFiles.Compile(context, sources);
            if (policy is null)
            {
                return ExitCodes.UserError;
            }

            var outcomes = PolicyTestRunner.Run(policy);
            var failed = outcomes.Count(o => !o.Passed);
            if (context.Json)
            {
                context.WriteJson(outcomes.Select(o => new { test = o.Name, passed = o.Passed, failures = o.Failures.Select(f => f.Message(context.Texts.Language)) }));
            }
            else
            {
                var table = new Table().AddColumn(context.Texts.Get("Cli.Rules.TestName")).AddColumn(context.Texts.Get("Cli.Rules.TestResult"));
                foreach (var outcome in outcomes)
                {
                    table.AddRow(Markup.Escape(outcome.Name), Markup.Escape(context.Texts.Get(outcome.Passed ? "Cli.Rules.Passed" : "Cli.Rules.Failed")));
                }

                context.Console.Write(table);
                foreach (var outcome in outcomes.Where(o => !o.Passed))
                {
                    PolicyFiles.Print(context, outcome.Failures, sources);
                }

                context.Say("Cli.Rules.TestSummary", outcomes.Count - failed, failed);
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.UserError;
        });
        return command;
    }
}
