using InternalControl.Application.Access;
using InternalControl.Application.Workspaces;

namespace InternalControl.Cli.Commands;

/// <summary>One-time sign-in links under the host's base URL, as `ic users invite` and `ic demo --serve` print them.</summary>
internal static class WebLinks
{
    /// <summary>How long a printed link stays valid.</summary>
    public static readonly TimeSpan ValidFor = AccessStore.InvitationLength;

    public static string Issue(Workspace workspace, PersonKind kind, string personId, string baseUrl)
    {
        var token = new AccessStore(workspace.Database, workspace.School.Id, workspace.Clock).IssueLink(kind, personId, ValidFor, "cli");
        return $"{baseUrl.TrimEnd('/')}/signin/{token}";
    }
}
