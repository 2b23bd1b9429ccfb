using System.CommandLine;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic contacts link PERSON`: a one-time code (valid 7 days) that links the Telegram chat of a member of staff or a
/// parent: they send it to the school's bot, and `ic outbox --send` (which reads the bot's updates) links the chat.
/// </summary>
internal sealed class ContactsCommand : ICommandDefinition
{
    /// <summary>How long a printed code stays valid.</summary>
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    public Command Build(Localizer texts, CommandRunner runner)
    {
        var person = new Argument<string>("PERSON") { Description = texts.Get("Contacts.Cli.Link.Person") };
        var link = new Command("link", texts.Get("Contacts.Cli.Link.Description")) { person };
        runner.Bind(link, (context, parse) =>
        {
            var workspace = context.OpenWorkspace();
            var id = parse.GetValue(person)!.Trim();
            var data = workspace.Load();
            var (kind, name) = data.FindStaff(id) is { } staff
                ? (Contact.Staff, staff.FullName)
                : data.FindParent(id) is { } parent
                    ? (Contact.Parent, parent.FullName)
                    : throw new UserErrorException("Contacts.Cli.Link.Unknown", id);
            var code = workspace.Database.Contacts.IssueLinkCode(workspace.School.Id, kind, id, workspace.Clock.GetUtcNow() + ValidFor);
            context.Say("Contacts.Cli.Link.Code", name, code, ValidFor.Days);
            return ExitCodes.Success;
        });
        return new Command("contacts", texts.Get("Contacts.Cli.Description")) { link };
    }
}
