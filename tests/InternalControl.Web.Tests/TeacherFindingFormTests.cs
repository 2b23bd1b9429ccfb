using System.Net;
using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Web.Tests;

/// <summary>
/// Seed 003 and DOMAIN policy 5 on the workbench: the deputy director records an inspection's finding about a teacher,
/// which starts the teacher's remediation; a wrong field is named beside it in the reader's language and nothing is
/// recorded; the page exists for the heads alone.
/// </summary>
public sealed class TeacherFindingFormTests
{
    private const string Finding = "Қысқа мерзімді жоспарларда саралап оқыту көрсетілмеген";

    [Fact]
    public async Task Deputy_RecordsAnInspectionsFinding_TheCaseOpensWithTheTeachersPlan()
    {
        // Arrange
        using var school = WebSchool.Kazakh();
        var teacher = school.First(StaffRole.SubjectTeacher);
        var deputy = await Head(school, StaffRole.DeputyDirector);

        // Act
        var page = await deputy.Post("/teachers/finding", [new("teacher", teacher.Id), new("source", "inspection"), new("finding", Finding)]);

        // Assert: the case page, about the teacher and the finding; the teacher's plan is in their own tasks.
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(teacher.FullName + " · тексеру анықтаған кемшілік", WebUtility.HtmlDecode(page.Html), StringComparison.Ordinal);
        Assert.Contains(Finding, WebUtility.HtmlDecode(page.Html), StringComparison.Ordinal);
        using var reading = school.Open();
        Assert.Contains(reading.Runtime.Tasks(new TaskQuery { Holder = teacher.Id }), t => t.Workflow == "teacher-remediation" && t.Step == "plan");
    }

    [Fact]
    public async Task Deputy_EmptyFindingAndNoTeacher_EachErrorBesideItsFieldInKazakh_NothingRecorded()
    {
        // Arrange
        using var school = WebSchool.Kazakh();
        var deputy = await Head(school, StaffRole.DeputyDirector);
        int Cases()
        {
            using var session = school.Open();
            return session.Runtime.Cases().Count;
        }

        var before = Cases();

        // Act
        var page = await deputy.Post("/teachers/finding", [new("teacher", "t999"), new("source", "inspection"), new("finding", "  ")]);

        // Assert
        var html = WebUtility.HtmlDecode(page.Html);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("id=\"finding-teacher-error\" class=\"error\" role=\"alert\">Мектеп қызметкерлерінің арасында \"t999\" педагогі жоқ.", html, StringComparison.Ordinal);
        Assert.Equal(before, Cases());

        // Act: a teacher, an empty finding.
        page = await deputy.Post("/teachers/finding", [new("teacher", school.First(StaffRole.SubjectTeacher).Id), new("source", "inspection"), new("finding", "")]);

        // Assert
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("id=\"finding-text-error\" class=\"error\" role=\"alert\">Кемшілік жазылмаған", WebUtility.HtmlDecode(page.Html), StringComparison.Ordinal);
        Assert.Equal(before, Cases());
    }

    [Fact]
    public async Task SubjectTeacher_ThePageDoesNotExist()
    {
        // Arrange
        using var school = WebSchool.Kazakh();
        var teacher = await school.Staff(school.First(StaffRole.SubjectTeacher).Id);

        // Act + Assert
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.Get("/teachers/finding")).Status);
    }

    private static async Task<HttpClient> Head(WebSchool school, StaffRole role)
    {
        var browser = await school.Staff(school.First(role).Id);
        await browser.Post("/language", [new("lang", "kk")], tokenFrom: "/reports");
        return browser;
    }
}
