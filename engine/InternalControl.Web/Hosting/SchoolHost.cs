using InternalControl.Application.Access;
using InternalControl.Application.Cases;
using InternalControl.Application.Workspaces;

namespace InternalControl.Web.Hosting;

/// <summary>The one school this host serves: its workspace, its access store and the password hasher.</summary>
internal sealed class SchoolHost
{
    public SchoolHost(Workspace workspace, WebHostOptions options)
    {
        Workspace = workspace;
        Options = options;
        Access = new AccessStore(workspace.Database, workspace.School.Id, workspace.Clock);
    }

    public Workspace Workspace { get; }

    public WebHostOptions Options { get; }

    public AccessStore Access { get; }

    public IPasswordHasher Passwords { get; } = new IdentityPasswordHasher();

    /// <summary>Opens the school with its policy and workflow runtime; a host whose policy does not compile is a fault of its setup.</summary>
    public SchoolSession OpenSession() =>
        SchoolSession.Open(Workspace).Value ?? throw new InvalidOperationException("The school's policy does not compile; run `ic policy check`.");
}
