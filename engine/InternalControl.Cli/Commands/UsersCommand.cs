using System.CommandLine;
using InternalControl.Application.Access;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>`ic users invite STAFF [--urls BASE]`: a one-time sign-in link for a member of the imported staff.</summary>
internal sealed class UsersCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var staff = new Argument<string>("STAFF") { Description = texts.Get("Cli.Users.Invite.Staff") };
        var urls = ServeCommand.UrlsOption(texts);
        var invite = new Command("invite", texts.Get("Cli.Users.Invite.Description")) { staff, urls };
        runner.Bind(invite, (context, parse) =>
        {
            var workspace = context.OpenWorkspace();
            var id = parse.GetValue(staff)!.Trim();
            var member = workspace.Load().Staff.FirstOrDefault(s => s.Id == id) ?? throw new UserErrorException("Cli.Error.UnknownStaff", id);
            var link = WebLinks.Issue(workspace, PersonKind.Staff, member.Id, parse.GetValue(urls) ?? ServeCommand.DefaultUrls);
            context.Say("Cli.Users.Invite.Link", member.FullName, WebLinks.ValidFor.Days, link);
            return ExitCodes.Success;
        });
        return new Command("users", texts.Get("Cli.Users.Description")) { invite };
    }
}
