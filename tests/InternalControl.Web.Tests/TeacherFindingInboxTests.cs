using System.Net;
using InternalControl.Application.Import;
using InternalControl.Testing;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Web.Tests;

/// <summary>
/// Seed 003 criterion 2 (DOMAIN policy 5) on the web: after teacher_qualifications.csv is imported into the sample Kazakh
/// school and the night's evaluation runs, the finding's plan is a task in the teacher's own inbox, in Kazakh, and the
/// deputy director's reports page offers the findings register.
/// </summary>
public sealed class TeacherFindingInboxTests
{
    [Fact]
    public async Task Inbox_TeacherWithCategoryDue_ShowsThePlanTaskInTheTeachersOwnInbox()
    {
        // Arrange: t010 attested 2021-06-15 (due in 2026), t011 recently; the web host reads the import on the next request.
        using var school = WithQualifications("t010,expert,2021-06-15,2025-02-10", "t011,moderator,2024-05-20,2025-03-01");

        using var reading = school.Open();
        var task = Assert.Single(reading.Runtime.Tasks(new TaskQuery { Holder = "t010" }), t => t.Workflow == "teacher-remediation");
        var teacher = await school.Staff("t010");
        var deputy = await school.Staff(school.First(Kernel.Schools.StaffRole.DeputyDirector).Id);

        // Act
        var inbox = await teacher.Get("/");
        var otherInbox = await (await school.Staff("t011")).Get("/");
        var reports = await deputy.Get("/reports");
        var register = await deputy.Get("/reports/teacher-findings");
        var deputysView = await deputy.Get($"/tasks/{task.Id}");
        var othersView = await (await school.Staff("t011")).Get($"/tasks/{task.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, inbox.Status);
        Assert.Contains($"/tasks/{task.Id}\"", inbox.Html, StringComparison.Ordinal);
        Assert.Contains("Кемшілікті жою жоспары", inbox.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/tasks/{task.Id}\"", otherInbox.Html, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (deputysView.Status, othersView.Status));
        Assert.Contains("/reports/teacher-findings", reports.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, register.Status);
        Assert.Contains("Педагогтердің біліктілігі бойынша кемшіліктерді жою журналы", register.Html, StringComparison.Ordinal);
        Assert.Contains("санатты растау мерзімі келді (2-өлшемшарт)", register.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseAndTask_TeacherFinding_NameTheTeacherAndTheFindingNotTheKey()
    {
        // Arrange: t010's category due (003 criterion 2): the case read by the deputy director, the task by the teacher, in Kazakh.
        using var school = WithQualifications("t010,expert,2021-06-15,2025-02-10");

        using var reading = school.Open();
        var task = Assert.Single(reading.Runtime.Tasks(new TaskQuery { Holder = "t010" }), t => t.Workflow == "teacher-remediation");
        var name = school.Data.Staff.Single(s => s.Id == "t010").FullName;
        var deputy = await school.Staff(school.First(Kernel.Schools.StaffRole.DeputyDirector).Id);
        await deputy.Post("/language", [new("lang", "kk")], tokenFrom: "/reports");

        // Act
        var casePage = await deputy.Get($"/cases/{task.CaseId}");
        var own = await school.Staff("t010");
        await own.Post("/language", [new("lang", "kk")], tokenFrom: "/");
        var taskPage = await own.Get($"/tasks/{task.Id}");
        var cases = await deputy.Get("/cases?workflow=teacher-remediation&step=plan");

        // Assert
        foreach (var (path, page) in new[] { ("case", casePage), ("task", taskPage), ("cases", cases) })
        {
            var html = System.Net.WebUtility.HtmlDecode(page.Html);
            Assert.True(html.Contains(name, StringComparison.Ordinal), $"{path}: {page.Status}");
            Assert.DoesNotContain("teacher=t010", html, StringComparison.Ordinal);
        }

        Assert.Contains(name + " · санатты растау мерзімі келді (2-өлшемшарт)", System.Net.WebUtility.HtmlDecode(casePage.Html), StringComparison.Ordinal);
    }

    /// <summary>The Kazakh web school with teacher_qualifications.csv rows imported and the night's evaluation run.</summary>
    private static WebSchool WithQualifications(params string[] rows)
    {
        var school = WebSchool.Kazakh();
        using var folder = new TempFolder();
        folder.Write("import/teacher_qualifications.csv", "staff_id,category,attested,trained\n" + string.Join("\n", rows) + "\n");
        var imported = new SchoolImporter(school.Workspace.Database) { Clock = school.Clock }.Import(school.Workspace.School, Path.Combine(folder.Path, "import"));
        Assert.True(imported.Succeeded);
        using var session = school.Open();
        session.Evaluate();
        return school;
    }
}
