using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Tests;

/// <summary>
/// The methodological council's head is named in the school's own words in each language: on the staff list (a
/// capitalised title) and in an inbox, a notice or a case's timeline (within a sentence).
/// </summary>
public sealed class RoleNameTests
{
    [Theory]
    [InlineData(Language.Kk, "Әдістемелік кеңестің төрағасы", "әдістемелік кеңестің төрағасы")]
    [InlineData(Language.Ky, "Методикалык кеңештин төрагасы", "методикалык кеңештин төрагасы")]
    [InlineData(Language.Ru, "Председатель методического совета", "председатель методического совета")]
    [InlineData(Language.En, "Head of the methodological council", "head of the methodological council")]
    public void Name_MethodologicalCouncilHead_IsTheLanguagesTitle(Language language, string title, string inSentence)
    {
        // Act
        var staffList = Texts.Get(StaffRole.MethodologicalCouncilHead.TextKey(), language);
        var task = WorkflowText.Role(WorkflowRole.MethodologicalCouncilHead).Render(language);

        // Assert
        Assert.Equal((title, inSentence), (staffList, task));
    }

    [Fact]
    public void Code_MethodologicalCouncilHead_IsTheSameForTheStaffRoleAndTheWorkflowRole()
    {
        // Act: the roster's roles column and a policy's role name the same person.
        var parsed = Codes.TryParseRole("methodological_council_head", out var staff);

        // Assert
        Assert.True(parsed);
        Assert.Equal((StaffRole.MethodologicalCouncilHead, staff.Code()), (staff, WorkflowRole.MethodologicalCouncilHead.Code()));
    }
}
