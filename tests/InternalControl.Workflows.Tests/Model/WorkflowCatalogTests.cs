using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Tests.Model;

/// <summary>The workflows a school runs: a new case starts under the latest version of its workflow.</summary>
public sealed class WorkflowCatalogTests
{
    [Fact]
    public void Latest_SeveralVersions_TheHighest()
    {
        // Arrange: loaded as 2, 3, 1, so that the latest is neither the first nor the last loaded.
        static WorkflowDefinition Version(int version) => new WorkflowBuilder("w", version).Key("pupil")
            .Task("a", WorkflowRole.ClassTeacher, t => t.Outcome("ok", "done")).End("done", "ok").BuildOrThrow();
        var catalog = new WorkflowCatalog([Version(2), Version(3), Version(1)]);

        // Act
        var latest = catalog.Latest("w");

        // Assert
        Assert.Equal(3, latest!.Version);
    }

    [Fact]
    public void Latest_WorkflowNotLoaded_None()
    {
        // Arrange
        var catalog = new WorkflowCatalog([TestWorkflows.CouncilDefinition()]);

        // Act
        var latest = catalog.Latest("other");

        // Assert
        Assert.Null(latest);
    }
}
