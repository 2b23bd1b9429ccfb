using InternalControl.Application.Access;
using InternalControl.Application.Cases;
using InternalControl.Application.Workspaces;
using InternalControl.Cli.CommandLine;
using InternalControl.Kernel.Schools;
using InternalControl.Web.Hosting;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic demo --serve`: after the demo, the demo school in the browser, with one one-time sign-in link per role
/// (a class teacher, a subject teacher, a parent, the deputy director, and the methodological council's head where the
/// school has one), chosen among people who have work open.
/// </summary>
internal static class DemoServe
{
    public static void Run(CommandContext context, Workspace workspace, string urls)
    {
        var people = Pick(workspace);
        foreach (var (role, kind, id) in people)
        {
            context.Say("Cli.Demo.Link", context.Texts.Get(role.TextKey()), WebLinks.Issue(workspace, kind, id, urls));
        }

        var app = WebApp.Build(workspace, new WebHostOptions(workspace.Database.Path) { Urls = urls, Clock = workspace.Clock });
        context.Say("Cli.Serve.Listening", urls);
        app.Run();
    }

    /// <summary>The people to sign in as: those with an open task where there is one, else the first of the role.</summary>
    internal static IReadOnlyList<(WorkflowRole Role, PersonKind Kind, string Id)> Pick(Workspace workspace)
    {
        using var session = SchoolSession.Open(workspace).Value ?? throw new InvalidOperationException("The demo policy does not compile.");
        var data = session.Data;
        var tasks = session.Runtime.Tasks(new TaskQuery());
        string? Busy(WorkflowRole role) => tasks.FirstOrDefault(t => t.Role == role.Code() && t.Assignee is not null)?.Assignee;
        string? First(StaffRole role) => data.Staff.FirstOrDefault(s => s.Has(role))?.Id;
        var parentTask = tasks.FirstOrDefault(t => t.Role == WorkflowRole.Parents.Code() && t.PupilId is not null);
        var openPupils = session.Runtime.Cases(openOnly: true).Select(c => c.PupilId).ToHashSet();
        var parent = data.Parents.FirstOrDefault(p => p.PupilId == parentTask?.PupilId) ?? data.Parents.FirstOrDefault(p => openPupils.Contains(p.PupilId)) ?? data.Parents.FirstOrDefault();
        var picked = new List<(WorkflowRole, PersonKind, string)>();
        void Add(WorkflowRole role, PersonKind kind, string? id)
        {
            if (id is not null)
            {
                picked.Add((role, kind, id));
            }
        }

        Add(WorkflowRole.ClassTeacher, PersonKind.Staff, Busy(WorkflowRole.ClassTeacher) ?? First(StaffRole.ClassTeacher));
        Add(WorkflowRole.SubjectTeacher, PersonKind.Staff, Busy(WorkflowRole.SubjectTeacher) ?? First(StaffRole.SubjectTeacher));
        Add(WorkflowRole.Parents, PersonKind.Parent, parent?.Id);
        Add(WorkflowRole.DeputyDirector, PersonKind.Staff, First(StaffRole.DeputyDirector));

        // The Kazakh school's methodological council's head hears the plan's controls the council hears; a school
        // without one has no link for the role.
        Add(WorkflowRole.MethodologicalCouncilHead, PersonKind.Staff, First(StaffRole.MethodologicalCouncilHead));
        return picked;
    }
}
