using System.CommandLine;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>`ic reassign TASK --to STAFF --reason TEXT`: hands a task to someone else (when the assignee is away), with the reason in the journal.</summary>
internal sealed class ReassignCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var task = new Argument<long>("TASK") { Description = texts.Get("Cli.Tasks.TaskId") };
        var to = new Option<string>("--to") { Description = texts.Get("Cli.Reassign.To"), Required = true };
        var reason = new Option<string>("--reason") { Description = texts.Get("Cli.Reassign.Reason"), Required = true };
        var actor = new Option<string?>("--as") { Description = texts.Get("Cli.Complete.As") };
        var command = new Command("reassign", texts.Get("Cli.Reassign.Description")) { task, to, reason, actor };
        runner.Bind(command, (context, parse) =>
        {
            using var session = context.OpenSession();
            var id = parse.GetValue(task);
            var existing = session.Runtime.Task(id) ?? throw new UserErrorException("Cli.Error.UnknownTask", id);
            var who = TaskActor.Resolve(session.Data, existing, parse.GetValue(actor));
            var result = session.Runtime.Reassign(id, parse.GetValue(to)!, parse.GetValue(reason)!, who);
            if (result.Error is { } refused)
            {
                throw new UserErrorException(refused);
            }

            context.Say("Cli.Reassign.Done", id, CommandContext.StaffName(session.Data, parse.GetValue(to)));
            return ExitCodes.Success;
        });
        return command;
    }
}
