using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Tests.Model;

/// <summary>
/// The codes of the roles a workflow addresses are what policies write and the database stores with every task: each role
/// has its own, they never change, and each reads back as its role.
/// </summary>
public sealed class WorkflowRoleCodeTests
{
    [Fact]
    public void Code_EveryRole_TheCodePoliciesAndStoredTasksUse()
    {
        // Act
        var codes = Enum.GetValues<WorkflowRole>().Select(r => r.Code());

        // Assert
        Assert.Equal(
            ["class_teacher", "subject_teacher", "deputy_director", "director", "psychologist", "social_pedagogue", "parents", "methodological_council_head"],
            codes);
    }

    [Fact]
    public void TryParse_EveryRolesCode_ThatRole()
    {
        // Act
        var read = Enum.GetValues<WorkflowRole>().Select(r => WorkflowRoles.TryParse(r.Code(), out var parsed) ? parsed : null);

        // Assert
        Assert.Equal(Enum.GetValues<WorkflowRole>().Cast<WorkflowRole?>(), read);
    }

    [Theory]
    [InlineData("director", WorkflowRole.Director)]
    [InlineData(" Social_Pedagogue ", WorkflowRole.SocialPedagogue)]
    [InlineData("PSYCHOLOGIST", WorkflowRole.Psychologist)]
    public void TryParse_ACode_ItsRole(string text, WorkflowRole role)
    {
        // Act
        var read = WorkflowRoles.TryParse(text, out var parsed);

        // Assert
        Assert.True(read);
        Assert.Equal(role, parsed);
    }

    [Theory]
    [InlineData("headmaster")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotACode_NoRole(string? text)
    {
        // Act
        var read = WorkflowRoles.TryParse(text, out var parsed);

        // Assert
        Assert.False(read);
        Assert.Null(parsed);
    }
}
