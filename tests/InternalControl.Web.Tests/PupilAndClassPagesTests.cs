using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Workflows;

namespace InternalControl.Web.Tests;

/// <summary>
/// What the pupil page and the class page hold (issue 11), in the reader's language: the pupil's marks of the quarter by
/// subject, absences with their excuses, and the open cases; the class page's pupils with their open cases and
/// absences of the quarter. Closed cases: <see cref="PupilClosedCasesTests"/>.
/// </summary>
public sealed class PupilAndClassPagesTests(WebSchool school) : IClassFixture<WebSchool>
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    [Theory]
    [InlineData(Language.Ky)]
    [InlineData(Language.Ru)]
    public async Task PupilPage_ShowsTheQuartersMarksBySubject_AndTheAbsencesWithTheirExcuses(Language language)
    {
        // Arrange: a pupil with marks and absences this quarter, read by the deputy director
        var quarter = school.Workspace.Calendar.QuarterOf(WebSchool.Start)!;
        var pupil = school.Data.Pupils.First(p => school.Data.Marks.Any(m => m.PupilId == p.Id && quarter.Contains(m.Date))
            && school.Data.Absences.Any(a => a.PupilId == p.Id && quarter.Contains(a.Date) && a.Excuse != AbsenceExcuse.None));
        var marks = school.Data.Marks.Where(m => m.PupilId == pupil.Id && quarter.Contains(m.Date)).GroupBy(m => m.SubjectId).ToList();
        var absences = school.Data.Absences.Where(a => a.PupilId == pupil.Id && quarter.Contains(a.Date)).ToList();
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        await browser.Post("/language", [new("lang", language.Code())], tokenFrom: "/");

        // Act
        var page = await browser.Get($"/pupils/{pupil.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(Html.Encode(Texts.Get("Web.Pupil.Marks", language, quarter.Number)), page.Html, StringComparison.Ordinal);
        foreach (var subject in marks)
        {
            var name = school.Data.Subjects.First(s => s.Id == subject.Key).Name(language);
            var row = $"<th scope=\"row\">{Html.Encode(name)}</th><td>{string.Join(" ", subject.OrderBy(m => m.Date).Select(m => m.Value))}</td>";
            Assert.Contains(row, page.Html, StringComparison.Ordinal);
        }

        Assert.Contains(Html.Encode(Texts.Get("Web.Pupil.Absences", language, absences.Sum(a => a.Lessons))), page.Html, StringComparison.Ordinal);
        Assert.All(absences.Select(a => a.Excuse).Distinct(), e => Assert.Contains(Html.Encode(Texts.Get("Excuse." + e, language)), page.Html, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Language.Ky)]
    [InlineData(Language.Ru)]
    public async Task PupilPage_ShowsTheOpenCases_NamedInTheReadersLanguage_WithTheirCurrentStep(Language language)
    {
        // Arrange
        var task = school.OpenTasks().First(t => t.PupilId is not null && t.Assignee is not null);
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        await browser.Post("/language", [new("lang", language.Code())], tokenFrom: "/");

        // Act
        var page = await browser.Get($"/pupils/{task.PupilId}");

        // Assert
        Assert.Contains($"<a href=\"/cases/{task.CaseId}\">{Html.Encode(WorkflowText.Workflow(task.Workflow).Render(language))}</a>", page.Html, StringComparison.Ordinal);
        Assert.Contains(Html.Encode(WorkflowText.Step(task.Workflow, task.Step).Render(language)), page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Ky)]
    [InlineData(Language.Ru)]
    public async Task ClassPage_ListsEveryPupilOfTheClass_TheirOpenCases_AndTheQuartersAbsences(Language language)
    {
        // Arrange: a class with an open case and an absence this quarter, read by its class teacher
        var quarter = school.Workspace.Calendar.QuarterOf(WebSchool.Start)!;
        var open = school.OpenTasks().Where(t => t.PupilId is not null).ToList();
        var group = school.Data.Classes.First(c => c.ClassTeacherId is not null
            && open.Any(t => school.Data.Pupils.Any(p => p.Id == t.PupilId && p.ClassId == c.Id))
            && school.Data.Absences.Any(a => quarter.Contains(a.Date) && school.Data.Pupils.Any(p => p.Id == a.PupilId && p.ClassId == c.Id)));
        var pupils = school.Data.Pupils.Where(p => p.ClassId == group.Id).ToList();
        var task = open.First(t => pupils.Any(p => p.Id == t.PupilId));
        var absent = pupils.First(p => school.Data.Absences.Any(a => a.PupilId == p.Id && quarter.Contains(a.Date)));
        var absences = school.Data.Absences.Where(a => a.PupilId == absent.Id && quarter.Contains(a.Date)).ToList();
        var other = school.Data.Pupils.First(p => p.ClassId != group.Id);
        var browser = await school.Staff(group.ClassTeacherId!);
        await browser.Post("/language", [new("lang", language.Code())], tokenFrom: "/");

        // Act
        var page = await browser.Get($"/classes/{group.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.All(pupils, p => Assert.Contains($"<a href=\"/pupils/{p.Id}\">", page.Html, StringComparison.Ordinal));
        Assert.DoesNotContain($"<a href=\"/pupils/{other.Id}\">", page.Html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/cases/{task.CaseId}\">{Html.Encode(WorkflowText.Workflow(task.Workflow).Render(language))}</a>", page.Html, StringComparison.Ordinal);
        var line = Texts.Get("Web.Class.AbsentLine", language, absences.Sum(a => a.Lessons), absences.Where(a => a.Excuse == AbsenceExcuse.None).Sum(a => a.Lessons));
        var start = page.Html.IndexOf($"<a href=\"/pupils/{absent.Id}\">", StringComparison.Ordinal);
        var row = page.Html[start..page.Html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        Assert.Contains($"<td>{Html.Encode(line)}</td>", row, StringComparison.Ordinal);
        Assert.Contains(Html.Encode(Texts.Get("Web.Class.OpenCases", language)), page.Html, StringComparison.Ordinal);
    }
}
