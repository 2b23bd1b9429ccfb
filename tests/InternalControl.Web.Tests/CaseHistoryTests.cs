using System.Net;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Web.Tests;

/// <summary>
/// A case's history names the rule that opened it by the rule's title in the reader's language (the policy's `title`
/// lines), never by the name the policy file gives it (issue 14: nothing untranslated reaches a reader).
/// </summary>
public sealed class CaseHistoryTests(WebSchool school) : IClassFixture<WebSchool>
{
    /// <summary>The shipped Kyrgyz policy's rule of No. 97 5.7, as its file names it.</summary>
    private const string RuleName = "5.7 three or more 2s in one subject";

    [Theory]
    [InlineData("ky", "5.7 бир сабактан 3 же андан көп «2»")]
    [InlineData("ru", "5.7 три и более «2» по одному предмету")]
    [InlineData("kk", "5.7 бір пәннен үш немесе одан көп «2»")]
    public async Task CasePage_TheRuleThatOpenedTheCase_IsNamedByItsTitleInTheReadersLanguage(string language, string title)
    {
        // Arrange: a 5.7 case, read by the deputy director in a language they chose.
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);
        var browser = await school.Staff(school.First(InternalControl.Kernel.Schools.StaffRole.DeputyDirector).Id);
        await browser.Post("/language", [new("lang", language)], tokenFrom: "/");

        // Act
        var page = await browser.Get($"/cases/{task.CaseId}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(title, page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(RuleName, page.Html, StringComparison.Ordinal);
    }
}
