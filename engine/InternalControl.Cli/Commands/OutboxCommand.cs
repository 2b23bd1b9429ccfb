using System.CommandLine;
using InternalControl.Application.Cases;
using InternalControl.Application.Delivery;
using InternalControl.Cli.CommandLine;
using InternalControl.Cli.Json;
using InternalControl.Localization;
using InternalControl.Workflows.Outbox;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic outbox [--all] [--send] [--json]`: the notifications waiting to go, each in its recipient's language, with its
/// channel, tries and state; --send delivers the due ones over the configured channels (e-mail, SMS, Telegram, whose bot's updates it reads first: chat links and acknowledgements; configuration
/// section Outbox, see <see cref="OutboxSettings"/>), or prints them through the console sender when none is configured.
/// `ic outbox retry ID` puts a failed message back. The time is --now's: a parent's SMS held by quiet hours goes with
/// `ic outbox --send --now` in the morning.
/// </summary>
internal sealed class OutboxCommand : ICommandDefinition
{
    /// <summary>The settings file read beside the database (then IC_-prefixed environment variables, e.g. IC_Outbox__Smtp__Host).</summary>
    public const string SettingsFile = "ic.settings.json";

    public Command Build(Localizer texts, CommandRunner runner)
    {
        var send = new Option<bool>("--send") { Description = texts.Get("Cli.Outbox.Send") };
        var all = new Option<bool>("--all") { Description = texts.Get("Cli.Outbox.All") };
        var command = new Command("outbox", texts.Get("Cli.Outbox.Description")) { send, all, Retry(texts, runner) };
        runner.Bind(command, (context, parse) =>
        {
            // Listing only reads; --send writes each message's state.
            using var session = parse.GetValue(send) ? context.OpenSession() : context.OpenReadingSession();
            if (parse.GetValue(send))
            {
                return Send(context, session);
            }

            var messages = session.Runtime.Outbox(unsentOnly: !parse.GetValue(all));
            if (context.Json)
            {
                context.WriteJson(messages.Select(OutboxJson.From));
                return ExitCodes.Success;
            }

            var table = context.NumberedTable("Cli.Outbox.Recipient", "Cli.Outbox.Language", "Outbox.Cli.Channel", "Outbox.Cli.Tries", "Outbox.Cli.State", "Cli.Outbox.Text");
            foreach (var message in messages.Take(50))
            {
                table.AddRow(
                    message.Id.ToString(context.Texts.Culture),
                    Markup.Escape($"{message.RecipientKind} {message.RecipientId}"),
                    message.Language.Code(),
                    message.Channel ?? "-",
                    message.Tries.ToString(context.Texts.Culture),
                    Markup.Escape(context.Texts.Get("Outbox.State." + message.State)),
                    Markup.Escape(message.Text));
            }

            context.Console.Write(table);
            context.Say("Cli.Outbox.Count", messages.Count);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Retry(Localizer texts, CommandRunner runner)
    {
        var id = new Argument<long>("ID") { Description = texts.Get("Outbox.Cli.Retry.Id") };
        var command = new Command("retry", texts.Get("Outbox.Cli.Retry.Description")) { id };
        runner.Bind(command, (context, parse) =>
        {
            using var session = context.OpenSession();
            var messageId = parse.GetValue(id);
            if (!session.Runtime.RetryMessage(messageId))
            {
                throw new UserErrorException("Outbox.Cli.Retry.NotFailed", messageId);
            }

            context.Say("Outbox.Cli.Retry.Done", messageId);
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Send(CommandContext context, SchoolSession session)
    {
        var runtime = session.Runtime;
        var settings = OutboxSettings.Read(Configuration(context.DatabasePath));
        if (!settings.HasChannels)
        {
            var result = runtime.Dispatch(new ConsoleSender(context.Console.Profile.Out.Writer));
            context.Say("Cli.Outbox.Sent", result.Sent, result.Failed);
            return result.Failed == 0 ? ExitCodes.Success : ExitCodes.InternalFault;
        }

        var report = OutboxDelivery.SendAsync(settings, session, context.Clock, Random.Shared).GetAwaiter().GetResult();
        context.Say("Outbox.Cli.Delivered", report.Sent, report.Retrying, report.Failed, report.Held);
        return ExitCodes.Success;
    }

    /// <summary>ic.settings.json beside the database, then IC_ environment variables (secrets belong there, not in a file).</summary>
    private static IConfiguration Configuration(string databasePath) => Settings.Read(databasePath);
}
