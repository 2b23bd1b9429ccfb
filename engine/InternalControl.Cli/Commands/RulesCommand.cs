using System.CommandLine;
using InternalControl.Application.Policies;
using InternalControl.Cli.CommandLine;
using InternalControl.Application.Files;
using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Formatting;
using InternalControl.PolicyLanguage.Parsing;
using InternalControl.PolicyLanguage.Translation;
using InternalControl.Rules.Model;
using InternalControl.Localization;
using InternalControl.Rules.Testing;
using Spectre.Console;
using InternalControl.Kernel.Policies;

namespace InternalControl.Cli.Commands;

/// <summary>`ic rules check|test FILE...`: compile policy files with their diagnostics; run their test blocks.</summary>
internal sealed class RulesCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var command = new Command("rules", texts.Get("Cli.Rules.Description"));
        command.Add(Check(texts, runner));
        command.Add(Test(texts, runner));
        command.Add(Format(texts, runner));
        command.Add(Translate(texts, runner));
        command.Add(Schema(texts, runner));
        return command;
    }

    private static Command Format(Localizer texts, CommandRunner runner)
    {
        var file = new Argument<string>("FILE") { Description = texts.Get("Cli.Rules.Files") };
        var write = new Option<bool>("--write") { Description = texts.Get("Cli.Rules.Write") };
        var command = new Command("fmt", texts.Get("Cli.Rules.Fmt")) { file, write };
        runner.Bind(command, (context, parse) =>
        {
            var source = PolicyFiles.Read([parse.GetValue(file)!])[0];
            var openers = PolicyHost.BlockParsers.Select(p => p.Concept).ToList();

            // The layout follows the blocks, so a file that does not parse would be laid out wrongly: refused, and
            // --write leaves it as it is (finding 10).
            var parsed = PolicyParser.Parse(source.Text, source.File, PolicyHost.BlockParsers);
            var result = parsed.Errors.Any()
                ? Result<string>.Failure(parsed.Diagnostics)
                : PolicyFormatter.Format(source.Text, source.File, openers);
            return Emit(context, result, source, parse.GetValue(write) ? source.File : null);
        });
        return command;
    }

    private static Command Translate(Localizer texts, CommandRunner runner)
    {
        var file = new Argument<string>("FILE") { Description = texts.Get("Cli.Rules.Files") };
        var to = new Option<string>("--to") { Description = texts.Get("Cli.Rules.To"), Required = true };
        var output = new Option<string?>("--out") { Description = texts.Get("Cli.Rules.Out") };
        var command = new Command("translate", texts.Get("Cli.Rules.Translate")) { file, to, output };
        runner.Bind(command, (context, parse) =>
        {
            if (!Languages.TryParse(parse.GetValue(to), out var target))
            {
                throw new UserErrorException("Cli.Error.BadLanguage", parse.GetValue(to));
            }

            var source = PolicyFiles.Read([parse.GetValue(file)!])[0];
            return Emit(context, PolicyTranslator.Translate(source.Text, source.File, target.Value), source, parse.GetValue(output));
        });
        return command;
    }

    private static Command Schema(Localizer texts, CommandRunner runner)
    {
        var command = new Command("schema", texts.Get("Cli.Rules.Schema"));
        runner.Bind(command, (context, _) =>
        {
            foreach (var line in PolicySchema.Render(context.ExplicitLanguage, context.Texts.Language))
            {
                context.Line(line);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static int Emit(CommandContext context, Result<string> result, PolicySource source, string? path)
    {
        PolicyFiles.Print(context, result.Diagnostics, [source]);
        if (!result.Succeeded || result.Errors.Any())
        {
            return ExitCodes.UserError;
        }

        if (path is null)
        {
            context.Console.Profile.Out.Writer.Write(result.Value);
        }
        else
        {
            if (FileOutput.Write(path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(result.Value!))) is { } notWritten)
            {
                throw new UserErrorException(notWritten);
            }

            context.Say("Cli.Report.Written", Path.GetFullPath(path));
        }

        return ExitCodes.Success;
    }

    private static Command Check(Localizer texts, CommandRunner runner)
    {
        var files = new Argument<string[]>("FILE") { Description = texts.Get("Cli.Rules.Files"), Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", texts.Get("Cli.Rules.Check")) { files };
        runner.Bind(command, (context, parse) =>
        {
            var sources = PolicyFiles.Read(parse.GetValue(files)!);
            var hosted = PolicyFiles.Compile(context, sources);
            if (hosted is null)
            {
                return ExitCodes.UserError;
            }

            var policy = hosted.Rules;
            context.Say("Cli.Rules.Checked", policy.Name, policy.Rules.Count, policy.Tables.Count, policy.Tests.Count, policy.Parameters.Count);
            context.Say("Cli.Rules.Workflows", hosted.Workflows.All.Count);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Test(Localizer texts, CommandRunner runner)
    {
        var files = new Argument<string[]>("FILE") { Description = texts.Get("Cli.Rules.Files"), Arity = ArgumentArity.OneOrMore };
        var engineOption = EngineOption.Create(texts);
        var command = new Command("test", texts.Get("Cli.Rules.Test")) { files, engineOption };
        runner.Bind(command, (context, parse) =>
        {
            var engine = EngineOption.Chosen(parse, engineOption) ?? RuleEngines.Default;

            var sources = PolicyFiles.Read(parse.GetValue(files)!);
            var policy = PolicyFiles.Compile(context, sources);
            if (policy is null)
            {
                return ExitCodes.UserError;
            }

            var outcomes = PolicyTestRunner.Run(policy.Rules, engine);
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
