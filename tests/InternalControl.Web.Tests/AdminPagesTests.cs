using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Web.Tests;

/// <summary>
/// The school heads' pages: invite a member of staff (a one-time link, as `ic users invite`) and read the audit trail
/// (sign-ins, views of pupils' pages, changes). For anyone else they do not exist.
/// </summary>
public sealed partial class AdminPagesTests
{
    [Fact]
    public async Task StaffPage_TheDeputyDirectorIssuesALink_ThatSignsTheMemberInOnce()
    {
        // Arrange
        using var school = new WebSchool();
        var deputy = school.First(StaffRole.DeputyDirector).Id;
        var member = school.First(StaffRole.Psychologist);
        var browser = await school.Staff(deputy);
        var list = await browser.Get("/staff");

        // Act
        var issued = await browser.Post("/staff?handler=Invite", [new("staff", member.Id)]);
        var link = Link().Match(issued.Html);
        var first = await school.Browser().Get(new Uri(link.Value).PathAndQuery);
        var second = await school.Browser().Get(new Uri(link.Value).PathAndQuery);

        // Assert
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(member.FullName, list.Html, StringComparison.Ordinal);
        Assert.True(link.Success, "The page shows the link.");
        Assert.Contains($"{member.FullName} үчүн бир жолку кирүү шилтемеси, 7 күн жарактуу.", issued.Html, StringComparison.Ordinal);
        Assert.Contains("/signout", first.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Contains(school.Access.AuditTrail(), e => e.Actor == "staff:" + deputy && e.Action == "link.issued" && e.Target == member.Id);
    }

    [Fact]
    public async Task StaffAndAuditPages_ForAnyoneButTheSchoolsHeads_DoNotExist()
    {
        // Arrange: a subject teacher, a class teacher, the psychologist and a parent.
        using var school = new WebSchool();
        var teacher = school.TaskFor(WorkflowRole.SubjectTeacher).Assignee!;
        var browsers = new[]
        {
            await school.Staff(teacher),
            await school.Staff(school.First(StaffRole.ClassTeacher).Id),
            await school.Staff(school.First(StaffRole.Psychologist).Id),
            await school.SignedIn(PersonKind.Parent, school.Data.Parents[0].Id),
        };
        var before = school.Access.AuditTrail().Count(e => e.Action == "link.issued");

        // Act
        var answers = new List<HttpStatusCode>();
        foreach (var browser in browsers)
        {
            answers.Add((await browser.Get("/staff")).Status);
            answers.Add((await browser.Get("/audit")).Status);
            answers.Add((await browser.Post("/staff?handler=Invite", [new("staff", teacher)], tokenFrom: "/")).Status);
        }

        // Assert
        Assert.All(answers, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(before, school.Access.AuditTrail().Count(e => e.Action == "link.issued"));
    }

    [Fact]
    public async Task Invite_OfSomeoneNotOnTheStaff_Answers404_AndIssuesNoLink()
    {
        // Arrange
        using var school = new WebSchool();
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        var before = school.Access.AuditTrail().Count(e => e.Action == "link.issued");

        // Act
        var answer = await browser.Post("/staff?handler=Invite", [new("staff", school.Data.Parents[0].Id)], tokenFrom: "/staff");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal(before, school.Access.AuditTrail().Count(e => e.Action == "link.issued"));
    }

    [Fact]
    public async Task AuditPage_ShowsWhoSignedIn_WhichPupilTheyViewed_AndWhatTheyChanged()
    {
        // Arrange: a subject teacher signs in, opens a pupil's page and completes a task.
        using var school = new WebSchool();
        var task = school.OpenTasks().First(t => t.Role == WorkflowRole.SubjectTeacher.Code() && t.Assignee is not null && t.PupilId is not null && t.Outcomes.Count > 0);
        var teacher = school.Data.Staff.First(s => s.Id == task.Assignee);
        var pupil = school.Data.Pupils.First(p => p.Id == task.PupilId);
        var browser = await school.Staff(teacher.Id);
        await browser.Get($"/pupils/{pupil.Id}");
        await browser.Post($"/tasks/{task.Id}", Forms.Valid(task, WebSchool.Start));
        var deputy = await school.Staff(school.First(StaffRole.DeputyDirector).Id);

        // Act
        var page = await deputy.Get("/audit");

        // Assert: rows as the deputy director reads them, in Kyrgyz.
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Matches(Row(teacher.FullName, "шилтеме аркылуу кирди"), page.Html);
        Assert.Matches(Row(teacher.FullName, "окуучунун барагын карады") + $"\\s*<td>\\s*<a href=\"/pupils/{pupil.Id}\">{Regex.Escape(pupil.FullName)}</a>", page.Html);
        Assert.Matches(Row(teacher.FullName, "тапшырманы аткарды") + $"\\s*<td>\\s*<a href=\"/tasks/{task.Id}\">", page.Html);
    }

    private static string Row(string who, string what) => $"<td>{Regex.Escape(who)}</td>\\s*<td>{Regex.Escape(what)}</td>";

    [GeneratedRegex("https?://[^<\"\\s]+/signin/[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}
