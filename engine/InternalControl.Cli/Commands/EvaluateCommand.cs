using System.CommandLine;
using InternalControl.Application.Policies;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>`ic evaluate [--engine nrules|compiled] [--json]`: runs the school's policy (on the school's engine, or the one named) on its data as of --now and opens the cases it asks for.</summary>
internal sealed class EvaluateCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var engineOption = EngineOption.Create(texts);
        var command = new Command("evaluate", texts.Get("Cli.Evaluate.Description")) { engineOption };
        runner.Bind(command, (context, parse) =>
        {
            var chosen = EngineOption.Chosen(parse, engineOption);
            using var session = context.OpenSession();
            if (session.Policy is null)
            {
                throw new UserErrorException("Cli.Policy.None");
            }

            var engine = chosen ?? session.Engine;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var run = session.Evaluate(engine);
            var elapsed = clock.ElapsedMilliseconds;
            var result = run.Result!;
            if (context.Json)
            {
                context.WriteJson(new
                {
                    fired = result.Firings.Select(f => new { rule = f.Rule, pupil = f.PupilId, subject = f.SubjectId, @object = f.ObjectId, term = f.Term }),
                    started = run.Starts.Select(s => new { workflow = s.Intent.Workflow, key = s.Intent.Key, pupil = s.Intent.PupilId, subject = s.Intent.SubjectId, @case = s.Start.CaseId, created = s.Start.Created, error = s.Start.Message(context.Texts.Language) }),
                    decisions = result.Decisions.Count,
                    derived = result.Facts.Count,
                    notices = run.NoticesSent,
                    engine = RuleEngines.Code(engine),
                    ms = elapsed,
                });
                return ExitCodes.Success;
            }

            var data = session.Data;
            var table = context.HeadedTable("Cli.Evaluate.Rule", "Cli.Evaluate.Pupil", "Cli.Evaluate.Subject");
            foreach (var firing in result.Firings.Take(40))
            {
                table.AddRow(Markup.Escape(session.Policy.RuleTitle(firing.Rule, context.Texts.Language)), Markup.Escape(CommandContext.PupilName(data, firing.PupilId) + CommandContext.ObjectName(data, firing.ObjectId)), Markup.Escape(context.SubjectName(data, firing.SubjectId)));
            }

            context.Console.Write(table);
            context.Say("Cli.Engine.Ran", new TextArg("Cli.Engine.Name." + RuleEngines.Code(engine), RuleEngines.Code(engine)), elapsed);
            context.Say("Cli.Evaluate.Summary", context.Texts.Date(result.Now), result.Firings.Count, run.Opened, run.Starts.Count - run.Opened, run.TimersFired, run.NoticesSent);
            foreach (var problem in result.Problems)
            {
                context.Line(problem.Render(context.Texts.Language));
            }

            foreach (var failed in run.Starts.Where(s => !s.Start.Ok).Take(5))
            {
                context.Line(failed.Start.Message(context.Texts.Language) ?? "");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
