using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing.Policies;
using InternalControl.Web.Background;
using InternalControl.Workflows;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InternalControl.Web.Tests.Browser;

/// <summary>
/// The issue's scenarios end to end in a real browser (Debian's Chromium) against the host on a loopback port: people
/// click the links, fill the forms and read the pages in their own language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserScenarioTests(Chromium chromium)
{
    [Fact]
    public async Task SubjectTeacherInKyrgyz_CompletesTheIndividualWorkTask_AndTheCaseMoves()
    {
        // Arrange: 5.1-5.9, the subject teacher's individual work with a low achiever.
        using var school = WebSchool.Served();
        var task = IndividualWork(school);
        var page = await chromium.Staff(school, task.Assignee!, "ky-KG");

        // Act: from the inbox to the form; the teacher writes each field and reports no change.
        await page.Locator($"a[href='/tasks/{task.Id}']").ClickAsync();
        foreach (var field in task.Fields)
        {
            await page.Locator($"#f-{field.Name}").FillAsync("Жеке сабак өткөрүлдү");
        }

        var outcome = task.Outcomes[^1];
        await page.Locator("#outcome").SelectOptionAsync(outcome);
        await page.Locator("#task-form button[type=submit]").ClickAsync();

        // Assert: the case page in Kyrgyz names the step the case moved to.
        await page.WaitForURLAsync($"**/cases/{task.CaseId}");
        using var session = school.Open();
        var moved = session.Runtime.Case(task.CaseId)!;
        Assert.Equal(WorkTaskStatus.Completed, session.Runtime.Task(task.Id)!.Status);
        Assert.DoesNotContain(task.Step, moved.CurrentSteps);
        var now = WorkflowText.Step(moved.Workflow, moved.CurrentSteps[0]).Render(Language.Ky);
        Assert.Contains(now, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("ky", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task ClassTeacher_ChoosingKazakh_SeesTheMovedCaseAndItsTimelineInKazakh()
    {
        // Arrange: the subject teacher has done the individual work (5.1-5.9).
        using var school = WebSchool.Served();
        var task = IndividualWork(school);
        var pupil = school.Data.Pupils.First(p => p.Id == task.PupilId);
        var classTeacher = school.Data.Classes.First(c => c.Id == pupil.ClassId).ClassTeacherId!;
        using (var session = school.Open())
        {
            Assert.True(session.Runtime.Complete(task.Id, task.Outcomes[^1], task.Fields.ToDictionary(f => f.Name, _ => "ok"), task.Assignee!).Ok);
        }

        var page = await chromium.Staff(school, classTeacher, "ru-RU");

        // Act: the class teacher picks Kazakh, opens the class and the pupil's case.
        await page.Locator("#lang-choice").SelectOptionAsync("kk");
        await page.Locator("#lang-choice ~ button").ClickAsync();
        await page.GotoAsync($"/classes/{pupil.ClassId}");
        await page.Locator($"a[href='/cases/{task.CaseId}']").ClickAsync();

        // Assert: the case's current step and the subject teacher's entry in the timeline, in Kazakh.
        await page.WaitForURLAsync($"**/cases/{task.CaseId}");
        using var after = school.Open();
        var moved = after.Runtime.Case(task.CaseId)!;
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Equal("kk", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains(WorkflowText.Step(moved.Workflow, moved.CurrentSteps[0]).Render(Language.Kk), text, StringComparison.Ordinal);
        Assert.All(after.Runtime.History(task.CaseId, Language.Kk), line => Assert.Contains(line, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParentsLink_ShowsOnlyTheirChild_AndAnswersTheTaskAddressedToParents()
    {
        // Arrange: a case asks the parents of one child for an answer.
        using var school = WebSchool.Served(WebSchool.ParentReply());
        var parent = school.Data.Parents[0];
        var mine = school.Data.Parents.Where(p => p.Id == parent.Id).Select(p => p.PupilId).ToHashSet();
        var child = school.Data.Pupils.First(p => p.Id == parent.PupilId);
        var classmates = school.Data.Pupils.Where(p => p.ClassId == child.ClassId && !mine.Contains(p.Id)).ToList();
        long caseId;
        using (var session = school.Open())
        {
            var started = session.Runtime.Start("parent-reply", new CaseContext(child.Id, null, "2"), "test");
            Assert.True(started.Ok);
            caseId = started.CaseId;
        }

        var task = school.OpenTasks().Single(t => t.CaseId == caseId);
        var page = await chromium.Person(school, "ru-RU", Chromium.Phone);

        // Act: the parent follows the link, reads the home page, opens the task and answers it.
        await page.GotoAsync(school.Link(PersonKind.Parent, parent.Id));
        var home = await page.Locator("main").InnerTextAsync();
        await page.Locator($"a[href='/tasks/{task.Id}']").ClickAsync();
        await page.Locator("#f-decision").FillAsync("Придём на встречу в четверг");
        await page.Locator("#task-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**/cases/{caseId}");

        // Assert: their child only; the answer is in the case's journal under the parent's id.
        Assert.Contains(child.FullName, home, StringComparison.Ordinal);
        Assert.NotEmpty(classmates);
        Assert.All(classmates, p => Assert.DoesNotContain(p.FullName, home, StringComparison.Ordinal));
        using var after = school.Open();
        Assert.Equal(WorkTaskStatus.Completed, after.Runtime.Task(task.Id)!.Status);
        Assert.Contains(after.Runtime.Journal(caseId), e => e.Step == task.Step && e.Actor == parent.Id);
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync($"/pupils/{classmates[0].Id}")).Status);
    }

    [Fact]
    public async Task AnOverdueTask_EscalatesAfterTheHostsTick_TheDeputyDirectorGetsATaskOfTheirOwn_AndTheLateTaskStaysWithItsOwner()
    {
        // Arrange: 10.2, individual work past its deadline makes the deputy director aware and able to act; the
        // teacher keeps the work.
        using var school = WebSchool.Served();
        var task = IndividualWork(school);
        var deputy = school.First(StaffRole.DeputyDirector).Id;
        var page = await chromium.Person(school, "ru-RU");

        // Act: school days pass; the host's background round fires the timers.
        school.Clock.Now += TimeSpan.FromDays(40);
        school.Services.GetRequiredService<SchoolClockService>().RunOnce();
        var late = school.OpenTasks().Single(t => t.Id == task.Id);
        var escalation = school.OpenTasks().Single(t => t.CaseId == task.CaseId && t.Role == WorkflowRole.DeputyDirector.Code());
        await page.GotoAsync(school.Link(PersonKind.Staff, deputy));

        // Assert: the late task is still its owner's; the deputy director's inbox holds their own task for the case.
        Assert.Equal(task.Assignee, late.Assignee);
        Assert.Equal(WorkflowRole.SubjectTeacher.Code(), late.Role);
        Assert.NotEqual(task.Id, escalation.Id);
        await Assertions.Expect(page.Locator($"a[href='/tasks/{escalation.Id}']")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator($"a[href='/tasks/{task.Id}']").CountAsync());
    }

    [Fact]
    public async Task AWrongFieldValue_ShowsTheMessageBesideTheField_AndChangesNothing()
    {
        // Arrange: a task whose step asks for a number or a date.
        using var school = WebSchool.Served();
        var task = school.TaskWithTypedField();
        var wrong = task.Fields.First(f => f.Type is FieldType.Date or FieldType.Number);
        var page = await chromium.Staff(school, task.Assignee!, "ky-KG");
        await page.GotoAsync($"/tasks/{task.Id}");
        int journal;
        using (var session = school.Open())
        {
            journal = session.Runtime.Journal(task.CaseId).Count;
        }

        // Act: every field filled as asked, but one typed field gets words.
        foreach (var (name, value) in Forms.Valid(task, WebSchool.Start).Where(v => v.Key.StartsWith("field.", StringComparison.Ordinal)))
        {
            var input = page.Locator($"#f-{name["field.".Length..]}");
            if (await input.EvaluateAsync<string>("e => e.tagName") == "SELECT")
            {
                await input.SelectOptionAsync(value);
            }
            else
            {
                await input.FillAsync(value);
            }
        }

        // A date input takes only dates from a person; the form is still sent with what a browser without date support would send.
        await page.Locator($"#f-{wrong.Name}").EvaluateAsync("e => { e.type = 'text'; e.value = '31.02.x'; }");
        await page.Locator("#task-form button[type=submit]").ClickAsync();

        // Assert: the message stands right after the wrong field, which is marked invalid; the case did not move.
        var field = page.Locator($"#f-{wrong.Name}");
        await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        var message = page.Locator($"#f-{wrong.Name} + p.error");
        await Assertions.Expect(message).ToBeVisibleAsync();
        Assert.Contains("31.02.x", await message.InnerTextAsync(), StringComparison.Ordinal);
        using var after = school.Open();
        Assert.Equal(WorkTaskStatus.Open, after.Runtime.Task(task.Id)!.Status);
        Assert.Equal(journal, after.Runtime.Journal(task.CaseId).Count);
    }

    /// <summary>5.1-5.9: the subject teacher's individual work, the first task of a low-achiever case.</summary>
    internal static WorkflowTask IndividualWork(WebSchool school) =>
        school.OpenTasks().First(t => t.Role == WorkflowRole.SubjectTeacher.Code() && t.Assignee is not null && t.PupilId is not null && t.Fields.Count > 0 && t.Outcomes.Count > 1);
}
