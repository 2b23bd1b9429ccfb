using System.CommandLine;
using InternalControl.Application.Cases;
using InternalControl.Cli.CommandLine;
using InternalControl.Cli.Json;
using InternalControl.Localization;
using InternalControl.Workflows;
using InternalControl.Workflows.Runtime;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>`ic cases [--open] [--json]`: the school's cases with their current steps.</summary>
internal sealed class CasesCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var open = new Option<bool>("--open") { Description = texts.Get("Cli.Cases.Open") };
        var command = new Command("cases", texts.Get("Cli.Cases.Description")) { open };
        runner.Bind(command, (context, parse) =>
        {
            using var session = context.OpenReadingSession();
            var cases = session.Runtime.Cases(parse.GetValue(open));
            if (context.Json)
            {
                context.WriteJson(cases.Select(CaseJson.From));
                return ExitCodes.Success;
            }

            var data = session.Data;
            var table = context.NumberedTable("Cli.Cases.Workflow", "Cli.Evaluate.Pupil", "Cli.Evaluate.Subject", "Cli.Cases.Status", "Cli.Cases.Steps");
            foreach (var c in cases)
            {
                table.AddRow(
                    c.Id.ToString(context.Texts.Culture),
                    Markup.Escape(WorkflowText.Workflow(c.Workflow).Render(context.Texts.Language)),
                    // A finding about a teacher is about no pupil: the teacher and the finding stand in the pupil's place.
                    Markup.Escape(c.PupilId is null ? CaseObjects.Describe(c, session.Runtime, data, context.Texts) ?? "" : CommandContext.PupilName(data, c.PupilId)),
                    Markup.Escape(context.SubjectName(data, c.SubjectId)),
                    Markup.Escape(c.Result is null
                        ? context.Texts.GetOr("Cli.Cases.Status." + c.Status, c.Status)
                        : context.Texts.Get("Cli.Demo.Closed", context.Texts.GetOr("Workflows.Outcome." + c.Result, c.Result))),
                    Markup.Escape(string.Join(", ", c.CurrentSteps.Select(s => WorkflowText.Step(c.Workflow, s).Render(context.Texts.Language)))));
            }

            context.Console.Write(table);
            context.Say("Cli.Cases.Count", cases.Count, cases.Count(c => c.IsOpen));
            return ExitCodes.Success;
        });
        return command;
    }
}
