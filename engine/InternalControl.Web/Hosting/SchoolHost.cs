using InternalControl.Application.Access;
using InternalControl.Application.Cases;
using InternalControl.Application.Workspaces;

namespace InternalControl.Web.Hosting;

/// <summary>
/// The one school this host serves: its workspace, the school kept live in memory (<see cref="LiveSchool"/>: read and
/// evaluated once, fed as marks arrive), its access store and the password hasher.
/// </summary>
internal sealed class SchoolHost
{
    public SchoolHost(Workspace workspace, WebHostOptions options)
    {
        Workspace = workspace;
        Options = options;
        Access = new AccessStore(workspace.Database, workspace.School.Id, workspace.Clock);
        Live = LiveSchool.Load(workspace).Value ?? throw new InvalidOperationException("The school's policy does not compile; run `ic policy check`.");
    }

    public LiveSchool Live { get; }

    public Workspace Workspace { get; }

    public WebHostOptions Options { get; }

    public AccessStore Access { get; }

    public IPasswordHasher Passwords { get; } = new IdentityPasswordHasher();

    /// <summary>A session over the live school, with a workflow runtime of its own: nothing is loaded or compiled.</summary>
    public SchoolSession OpenSession() => Live.Open();
}
