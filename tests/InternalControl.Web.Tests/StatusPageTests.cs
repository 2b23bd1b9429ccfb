using System.Net;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Web.Tests;

/// <summary>
/// An error answer is a page in the reader's language with the original status and a way back, never a blank page:
/// an address that does not exist, a pupil the reader's role does not give them, a form posted without its token.
/// </summary>
public sealed class StatusPageTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ky")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task UnknownAddress_Answers404_WithTheNotFoundPage_InTheReadersLanguage(string language)
    {
        var browser = school.Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var texts = Texts(language);

        var page = await browser.Get("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains(Html(texts.Get("Web.Status.NotFound.Text")), page.Html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains(Html(texts.Get("Web.Status.Back")), page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PupilNotGivenByTheRole_Answers404_WithTheSamePageAsAnUnknownOne()
    {
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);
        var teacher = task.Assignee!;
        var taught = school.Data.Teaching.Where(t => t.TeacherId == teacher).Select(t => t.ClassId).ToHashSet();
        var stranger = school.Data.Pupils.First(p => !taught.Contains(p.ClassId) && school.Data.Classes.First(c => c.Id == p.ClassId).ClassTeacherId != teacher);
        var browser = await school.Staff(teacher);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk");

        var hidden = await browser.Get($"/pupils/{stranger.Id}");
        var unknown = await browser.Get("/pupils/no-such-pupil");

        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
        Assert.Contains(Html(Texts("kk").Get("Web.Status.NotFound.Text")), hidden.Html, StringComparison.Ordinal);
        Assert.Equal(WithoutTokens(unknown.Html), WithoutTokens(hidden.Html));
        Assert.DoesNotContain(stranger.FullName, hidden.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPostedWithoutItsToken_Answers400_InTheReadersLanguage_AndSavesNothing()
    {
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);
        var browser = await school.Staff(task.Assignee!);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var answer = await browser.PostRaw($"/tasks/{task.Id}", Forms.Valid(task, WebSchool.Start));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(Html(Texts("ru").Get("Web.Status.BadRequest.Text")), answer.Html, StringComparison.Ordinal);
        Assert.Contains(school.OpenTasks(), t => t.Id == task.Id);
    }

    private static Localizer Texts(string language) => new(Languages.TryParse(language, out var parsed) ? parsed.Value : throw new ArgumentException(language));

    /// <summary>The page without its antiforgery tokens, which differ on every answer.</summary>
    private static string WithoutTokens(string html) => System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");

    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(text);
}
