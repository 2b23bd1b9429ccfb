using System.CommandLine;
using InternalControl.Cli.CommandLine;
using InternalControl.Cli.Json;
using InternalControl.Localization;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>`ic tasks [--role R] [--assignee ID] [--json]`: the inbox, by role or person.</summary>
internal sealed class TasksCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var role = new Option<string?>("--role") { Description = texts.Get("Cli.Tasks.Role") };
        var assignee = new Option<string?>("--assignee") { Description = texts.Get("Cli.Tasks.Assignee") };
        var command = new Command("tasks", texts.Get("Cli.Tasks.Description")) { role, assignee };
        runner.Bind(command, (context, parse) =>
        {
            using var session = context.OpenReadingSession();
            var tasks = session.Runtime.Tasks(new TaskQuery(parse.GetValue(role), parse.GetValue(assignee)));
            if (context.Json)
            {
                context.WriteJson(tasks.Select(TaskJson.From));
                return ExitCodes.Success;
            }

            var data = session.Data;
            var table = context.NumberedTable("Cli.Tasks.Task", "Cli.Evaluate.Pupil", "Cli.Evaluate.Subject", "Cli.Tasks.AssignedTo", "Cli.Tasks.Due", "Cli.Tasks.Outcomes");
            var planned = InternalControl.Application.Plans.PlanInbox.Titles(session, context.Texts);
            foreach (var task in tasks)
            {
                var title = task.Title(context.Texts.Language);
                table.AddRow(
                    task.Id.ToString(context.Texts.Culture),
                    Markup.Escape(planned.TryGetValue(task.CaseId, out var control) ? context.Texts.Get("Plan.TaskTitle", title, control) : title),
                    Markup.Escape(CommandContext.PupilName(data, task.PupilId)),
                    Markup.Escape(context.SubjectName(data, task.SubjectId)),
                    Markup.Escape(CommandContext.StaffName(data, task.ClaimedBy ?? task.Assignee)),
                    task.Due is { } due ? context.Texts.Date(due) : "",
                    Markup.Escape(string.Join(", ", task.Outcomes.Select(o => OutcomeNames.Name(context.Texts, o)))));
            }

            context.Console.Write(table);
            context.Say("Cli.Tasks.Count", tasks.Count);
            return ExitCodes.Success;
        });
        return command;
    }
}
