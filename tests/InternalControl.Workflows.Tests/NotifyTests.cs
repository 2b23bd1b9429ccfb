using InternalControl.Testing.Databases;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Tests;

/// <summary>Notify steps address people, not roles: one person holding two of the roles gets one message.</summary>
public sealed class NotifyTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_NotifyTwoRolesHeldByOnePerson_SendsOneMessage(Backend backend)
    {
        // Arrange: in a Kazakh school a class teacher often teaches the subject too (kz-monitoring notifies both roles)
        using var f = new WorkflowFixture(backend);
        var notice = new WorkflowBuilder("notice").Key("pupil", "subject", "term")
            .Notify("start", "LowAchiever.Started", "done", WorkflowRole.ClassTeacher, WorkflowRole.ClassTeacher)
            .End("done", "done")
            .BuildOrThrow();
        var runtime = f.Runtime(notice);

        // Act
        var started = runtime.Start("notice", WorkflowFixture.Pupil(1), "test");

        // Assert
        Assert.True(started.Created);
        Assert.Equal(Some.ClassTeacher, Assert.Single(runtime.Outbox()).RecipientId);
    }
}
