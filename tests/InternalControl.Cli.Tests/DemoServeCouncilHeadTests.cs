using InternalControl.Application.Access;
using InternalControl.Application.Demo;
using InternalControl.Application.Workspaces;
using InternalControl.Cli.Commands;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Cli.Tests;

/// <summary>
/// The sign-in links `ic demo --serve` prints: a school whose staff has a methodological council's head (the sample
/// Kazakh school's t007) gets one for them too, beside the class teacher, the subject teacher, a parent and the deputy
/// director.
/// </summary>
public sealed class DemoServeCouncilHeadTests(KazakhSchoolFixture school) : IClassFixture<KazakhSchoolFixture>
{
    [Fact]
    public void Pick_KazakhSampleSchool_HasALinkForTheMethodologicalCouncilsHead()
    {
        // Arrange
        var workspace = Workspace.Open(school.Db, null, new SteppingClock(SchoolTime.MorningOf(new DateOnly(2026, 11, 27)))).Value!;

        // Act
        var picked = DemoServe.Pick(workspace);

        // Assert
        Assert.Contains((WorkflowRole.MethodologicalCouncilHead, PersonKind.Staff, "t007"), picked);
        Assert.Equal(
            [WorkflowRole.ClassTeacher, WorkflowRole.SubjectTeacher, WorkflowRole.Parents, WorkflowRole.DeputyDirector, WorkflowRole.MethodologicalCouncilHead],
            picked.Select(p => p.Role));
    }
}
