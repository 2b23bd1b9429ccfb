using System.CommandLine;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>`ic tick`: fires the reminders, escalations and waits that are due as of --now (also those that came due while nothing ran).</summary>
internal sealed class TickCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var command = new Command("tick", texts.Get("Cli.Tick.Description"));
        runner.Bind(command, (context, _) =>
        {
            using var session = context.OpenSession();
            var fired = session.Runtime.Tick();
            context.Say("Cli.Tick.Done", fired, context.Texts.Date(session.Workspace.Today));
            return ExitCodes.Success;
        });
        return command;
    }
}
