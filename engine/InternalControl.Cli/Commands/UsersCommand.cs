using System.CommandLine;
using InternalControl.Application.Access;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic users invite STAFF [--urls BASE]`: a one-time sign-in link for a member of the imported staff, printed;
/// `ic users invite --parents CLASS [--urls BASE]`: a link for every parent of a class, sent through the outbox on their
/// own channel (as the /staff page sends it), never printed: a parent's link is theirs alone.
/// </summary>
internal sealed class UsersCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var staff = new Argument<string?>("STAFF") { Description = texts.Get("Cli.Users.Invite.Staff"), Arity = ArgumentArity.ZeroOrOne };
        var parents = new Option<string?>("--parents") { Description = texts.Get("Cli.Users.Invite.ParentsOption") };
        var urls = ServeCommand.UrlsOption(texts);
        var invite = new Command("invite", texts.Get("Cli.Users.Invite.Description")) { staff, parents, urls };
        runner.Bind(invite, (context, parse) =>
        {
            var id = parse.GetValue(staff)?.Trim();
            var classId = parse.GetValue(parents)?.Trim();
            var baseUrl = parse.GetValue(urls) ?? ServeCommand.DefaultUrls;
            if (string.IsNullOrEmpty(id) == string.IsNullOrEmpty(classId))
            {
                throw new UserErrorException("Cli.Users.Invite.Whom");
            }

            if (classId is { Length: > 0 })
            {
                using var session = context.OpenSession();
                var group = session.Data.FindClass(classId) ?? throw new UserErrorException("Cli.Users.Invite.UnknownClass", classId);
                if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
                {
                    throw new UserErrorException("Cli.Users.Invite.BadUrl", baseUrl);
                }

                var workspace = session.Workspace;
                var access = new AccessStore(workspace.Database, workspace.School.Id, workspace.Clock);
                var (sent, unreachable) = new ParentLinks(session, access, ParentLinkOptions.Default)
                    .SendToClass(group.Id, site, "cli")!.Value;
                context.Say("Cli.Users.Invite.ParentsSent", group.Name, sent, unreachable);
                return ExitCodes.Success;
            }

            var school = context.OpenWorkspace();
            var member = school.Load().FindStaff(id) ?? throw new UserErrorException("Cli.Error.UnknownStaff", id);
            var link = WebLinks.Issue(school, PersonKind.Staff, member.Id, baseUrl);
            context.Say("Cli.Users.Invite.Link", member.FullName, WebLinks.ValidFor.Days, link);
            return ExitCodes.Success;
        });
        return new Command("users", texts.Get("Cli.Users.Description")) { invite };
    }
}
