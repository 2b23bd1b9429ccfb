using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Testing.Databases;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Workflows.Tests.Assignees;

/// <summary>
/// On SQLite and PostgreSQL: a task whose step names its assignee from a case variable is that member of staff's from its
/// creation and keeps its role; a variable that is missing or names nobody on the staff gives it to the role's holder,
/// and the case's timeline says so. A task whose step names an assignee role is that role's holder's, in that role; with
/// nobody in the role it is the step's role's holder's, and the timeline says so. A step marked <c>ask</c> writes
/// messages a parent's page lists.
/// </summary>
public sealed class AssigneeRuntimeTests
{
    private const string Control = """
        workflow "control" version 1 key control
          step control: task deputy_director assignee responsible
            outcome done -> invite
            due 5 school_days
          step invite: notify parents template "LowAchiever.CouncilInvitation" -> told ask
          step told: notify parents template "LowAchiever.Started" -> heard
          step heard: end "heard"
        end
        """;

    private const string Hearing = """
        workflow "hearing" version 1 key control
          step hear_council: task deputy_director assignee methodological_council_head
            outcome heard -> heard
            due 5 school_days
          step heard: end "heard"
        end
        """;

    private const string CouncilHead = "H1";

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_ResponsibleIsOnTheStaff_TheTaskIsTheirsAtCreation_KeepsItsRole_NoReassignment(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime(Bind(Control));

        // Act
        var started = runtime.Start("control", Plan(Some.MathTeacher), "plan");

        // Assert
        var task = Assert.Single(runtime.Tasks());
        Assert.Equal((Some.MathTeacher, "deputy_director"), (task.Assignee, task.Role));
        var journal = runtime.Journal(started.CaseId);
        Assert.Equal(Some.MathTeacher, Assert.Single(journal, e => e.Kind == JournalKind.TaskCreated).Data["value"]);
        Assert.DoesNotContain(journal, e => e.Kind is JournalKind.Reassigned or JournalKind.AssigneeFallback);
        Assert.Contains(runtime.Outbox(), m => m.RecipientId == Some.MathTeacher && m.Template == "Task.Assigned");
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_ResponsibleNotOnTheStaff_TheRolesHolderHasIt_AndTheTimelineSaysWhy(Backend backend)
    {
        // Arrange: the plan names someone who has left the school.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime(Bind(Control));

        // Act
        var started = runtime.Start("control", Plan("T-gone"), "plan");

        // Assert
        Assert.Equal(Some.Deputy, Assert.Single(runtime.Tasks()).Assignee);
        var fallback = Assert.Single(runtime.Journal(started.CaseId), e => e.Kind == JournalKind.AssigneeFallback);
        Assert.Equal(("responsible", "T-gone"), (fallback.Detail, fallback.Data["value"]));
        Assert.Contains(runtime.History(started.CaseId, Language.Ru),
            line => line.Contains("в деле не указан сотрудник школы для этой задачи; она передана тому, кто занимает роль", StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_NoResponsibleVariable_TheRolesHolderHasIt(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime(Bind(Control));

        // Act
        var started = runtime.Start("control", new CaseContext(null, null, null, new Dictionary<string, string> { ["control"] = "c1" }), "plan");

        // Assert
        Assert.Equal(Some.Deputy, Assert.Single(runtime.Tasks()).Assignee);
        Assert.Single(runtime.Journal(started.CaseId), e => e.Kind == JournalKind.AssigneeFallback);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void MessagesTo_OnlyTheAskingStepsMessagesAsk(Backend backend)
    {
        // Arrange: the case of pupil P1; its control task done, an invitation (ask) and a plain notice follow.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime(Bind(Control));
        var variables = new Dictionary<string, string> { ["control"] = "c1", ["responsible"] = Some.Deputy };
        runtime.Start("control", new CaseContext("P1", "MATH", null, variables), "plan");

        // Act
        runtime.Complete(runtime.Tasks().Single().Id, "done", Fields.None, Some.Deputy);

        // Assert: newest first, the plain notice, then the invitation.
        var received = runtime.MessagesTo(Contact.Parent, "MP1");
        Assert.Equal(
            [("LowAchiever.Started", false), ("LowAchiever.CouncilInvitation", true)],
            received.Select(m => (m.Message.Template, m.Asks)));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void MessagesTo_AParentsTaskMarkedAsk_ItsAssignmentAsks(Backend backend)
    {
        // Arrange
        const string Reply = """
            workflow "reply" version 1 key pupil
              step reply: task parents ask
                field answer text required
                outcome answered -> done
              step done: end "answered"
            end
            """;
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime(Bind(Reply));

        // Act
        runtime.Start("reply", new CaseContext("P1", null, null), "test");

        // Assert
        var assigned = Assert.Single(runtime.MessagesTo(Contact.Parent, Assert.Single(runtime.Tasks()).Assignee!));
        Assert.Equal(("Task.Assigned", true), (assigned.Message.Template, assigned.Asks));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_AssigneeRoleHeld_TheHolderHasTheTaskInThatRole(Backend backend)
    {
        // Arrange: a teacher who heads the methodological council (seed 000 §2.6: the council's chair hears it).
        using var f = new WorkflowFixture(backend);
        var data = f.Data with { Staff = [.. f.Data.Staff, new Staff(CouncilHead, "Айым Омарова", Language.Kk, [StaffRole.SubjectTeacher, StaffRole.MethodologicalCouncilHead])] };
        using var runtime = WorkflowRuntime.Open(new WorkflowRuntimeOptions(f.Database, data, f.Calendar, f.Clock, new WorkflowCatalog([Bind(Hearing)])));

        // Act
        var started = runtime.Start("hearing", Plan(Some.MathTeacher), "plan");

        // Assert: the head's, by role as well, and told so; the timeline hands nothing over.
        var task = Assert.Single(runtime.Tasks());
        Assert.Equal((CouncilHead, "methodological_council_head"), (task.Assignee, task.Role));
        Assert.Contains(runtime.Outbox(), m => m.RecipientId == CouncilHead && m.Template == "Task.Assigned");
        Assert.DoesNotContain(runtime.Journal(started.CaseId), e => e.Kind is JournalKind.AssigneeFallback or JournalKind.AssigneeRoleVacant);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_AssigneeRoleVacant_TheStepsRoleHolderHasIt_AndTheTimelineSaysWhy(Backend backend)
    {
        // Arrange: nobody on the staff heads the methodological council.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime(Bind(Hearing));

        // Act
        var started = runtime.Start("hearing", Plan(Some.MathTeacher), "plan");

        // Assert: the deputy director has it, in their own role, and the case's timeline names the vacant role.
        var task = Assert.Single(runtime.Tasks());
        Assert.Equal((Some.Deputy, "deputy_director"), (task.Assignee, task.Role));
        Assert.Equal("methodological_council_head", Assert.Single(runtime.Journal(started.CaseId), e => e.Kind == JournalKind.AssigneeRoleVacant).Detail);
        Assert.Contains(runtime.History(started.CaseId, Language.Ru),
            line => line.Contains("в школе никто не занимает роль «председатель методического совета»; задача передана тому, кто занимает роль шага", StringComparison.Ordinal));
    }

    private static CaseContext Plan(string responsible) =>
        new(null, null, null, new Dictionary<string, string> { ["control"] = "c1", ["responsible"] = responsible });

    private static WorkflowDefinition Bind(string text) => WorkflowBinder.Load(text, "control.icp").Value!.Single();
}
