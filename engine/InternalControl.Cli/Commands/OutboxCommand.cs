using System.CommandLine;
using InternalControl.Cli.CommandLine;
using InternalControl.Cli.Json;
using InternalControl.Localization;
using InternalControl.Workflows.Outbox;
using InternalControl.Workflows.Runtime;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>`ic outbox [--json] [--send]`: the notifications waiting to go, each in its recipient's language; --send hands them to the console sender.</summary>
internal sealed class OutboxCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var send = new Option<bool>("--send") { Description = texts.Get("Cli.Outbox.Send") };
        var all = new Option<bool>("--all") { Description = texts.Get("Cli.Outbox.All") };
        var command = new Command("outbox", texts.Get("Cli.Outbox.Description")) { send, all };
        runner.Bind(command, (context, parse) =>
        {
            using var session = context.OpenSession();
            if (parse.GetValue(send))
            {
                var result = session.Runtime.Dispatch(new ConsoleSender(context.Console.Profile.Out.Writer));
                context.Say("Cli.Outbox.Sent", result.Sent, result.Failed);
                return result.Failed == 0 ? ExitCodes.Success : ExitCodes.InternalFault;
            }

            var messages = session.Runtime.Outbox(unsentOnly: !parse.GetValue(all));
            if (context.Json)
            {
                context.WriteJson(messages.Select(OutboxJson.From));
                return ExitCodes.Success;
            }

            var table = new Table()
                .AddColumn("#")
                .AddColumn(context.Texts.Get("Cli.Outbox.Recipient"))
                .AddColumn(context.Texts.Get("Cli.Outbox.Language"))
                .AddColumn(context.Texts.Get("Cli.Outbox.Text"));
            foreach (var message in messages.Take(50))
            {
                table.AddRow(message.Id.ToString(context.Texts.Culture), Markup.Escape($"{message.RecipientKind} {message.RecipientId}"), message.Language.Code(), Markup.Escape(message.Text));
            }

            context.Console.Write(table);
            context.Say("Cli.Outbox.Count", messages.Count);
            return ExitCodes.Success;
        });
        return command;
    }
}
