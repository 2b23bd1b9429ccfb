using InternalControl.Application.Plans;
using InternalControl.Kernel.Time;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// Issue 14, finding 2: the ВШК plan (Order No. 130, seed 000 §2.1-2.7). Each control becomes a task in its month for
/// the person responsible, with its object and sheet in its title in the reader's language; the result is heard by the
/// venue's chair (§2.6); the second control falls in the plan's second-control month (§3.1).
/// </summary>
public sealed class Finding2VshkPlanTests
{
    [Fact]
    public void Plan2_1_InJanuary_TheMonthsControlsAreTasksOfTheirResponsiblePeople()
    {
        // Arrange
        using var school = new KzPlanSchool(new DateOnly(2027, 1, 11));

        // Act
        var started = school.StartMonth();

        // Assert: January's two controls, not August's; each with the person the plan names.
        Assert.Equal(["2.21", "2.16"], started.Select(s => s.Control.Id));
        Assert.All(started, s => Assert.True(s.Created));
        var tasks = school.Inbox();
        Assert.Equal(
            [(KzPlanSchool.MathsTeacher, "control"), (KzPlanSchool.Psychologist, "control")],
            tasks.OrderBy(t => t.CaseId).Select(t => (t.Assignee, t.Step)));
        Assert.All(tasks, t => Assert.Equal(IsoDate.Text(new DateOnly(2027, 2, 1)), IsoDate.Text(t.Due!.Value)));
    }

    [Fact]
    public void Plan2_1_TheControlIsTheResponsiblePersonsTaskFromItsCreation_TheJournalShowsNoReassignment()
    {
        // Arrange: control 2.21 names the maths teacher responsible; the step's role is the deputy director's
        // (`task deputy_director assignee responsible` in 30-internal-control-plan.icp).
        using var school = new KzPlanSchool(new DateOnly(2027, 1, 11));

        // Act
        var started = school.StartMonth().Single(s => s.Control.Id == "2.21");

        // Assert: the task is the teacher's at creation and keeps its role; the case's timeline hands nothing over.
        var task = Assert.Single(school.Inbox(), t => t.CaseId == started.CaseId);
        Assert.Equal((KzPlanSchool.MathsTeacher, "deputy_director", null), (task.Assignee, task.Role, task.ClaimedBy));
        var journal = school.Runtime.Journal(started.CaseId);
        Assert.Equal(KzPlanSchool.MathsTeacher, Assert.Single(journal, e => e.Kind == Workflows.Journal.JournalKind.TaskCreated).Data["value"]);
        Assert.DoesNotContain(journal, e => e.Kind is Workflows.Journal.JournalKind.Reassigned or Workflows.Journal.JournalKind.AssigneeFallback);
        Assert.DoesNotContain(school.Runtime.History(started.CaseId, Language.Kk), line => line.Contains("себебі", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan2_1_StartedTwiceInTheMonth_OpensNothingMore()
    {
        // Arrange
        using var school = new KzPlanSchool(new DateOnly(2027, 1, 11));
        school.StartMonth();

        // Act
        var again = school.StartMonth();

        // Assert
        Assert.All(again, s => Assert.False(s.Created));
        Assert.Equal(2, school.Inbox().Count);
    }

    [Fact]
    public void Plan2_6_MethodologicalCouncilControl_IsHeardByTheCouncilsHead_DirectorMeetingByTheDirector()
    {
        // Arrange: the school's staff has a teacher who heads the methodological council (t012).
        using var school = new KzPlanSchool(new DateOnly(2027, 1, 11), councilHead: true);
        school.StartMonth();

        // Act: both responsible people write their output.
        CompleteControls(school);

        // Assert: §2.6 "Қарау орны": the maths control (meeting under the director) goes to the director, the
        // adaptation control (methodological council) to the council's head, whose task it is in that role.
        var hearings = school.Inbox().OrderBy(t => t.CaseId).Select(t => (t.Step, t.Assignee, t.Role)).ToList();
        Assert.Equal(
            [("hear_director", KzPlanSchool.Director, "director"), ("hear_council", KzPlanSchool.CouncilHead, "methodological_council_head")],
            hearings);
    }

    [Fact]
    public void Plan2_6_NoCouncilHeadOnTheStaff_TheDeputyDirectorHearsIt_AndTheTimelineSaysWhy()
    {
        // Arrange: nobody on the staff heads the methodological council.
        using var school = new KzPlanSchool(new DateOnly(2027, 1, 11));
        school.StartMonth();

        // Act
        CompleteControls(school);

        // Assert: §2.6: the council's hearing still reaches someone, the deputy director, who leads methodological
        // work; the case's timeline says in Kazakh that the school has no council head.
        var hearing = Assert.Single(school.Inbox(), t => t.Step == "hear_council");
        Assert.Equal((KzPlanSchool.Deputy, "deputy_director"), (hearing.Assignee, hearing.Role));
        Assert.Contains(
            school.Runtime.History(hearing.CaseId, Language.Kk),
            line => line.Contains("мектепте «әдістемелік кеңестің төрағасы» рөлін ешкім атқармайды", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan3_1_SecondControlMonth_OpensTheControlAgainAsARecontrol()
    {
        // Arrange: the maths control is held in January; its plan names March for the second control.
        using var school = new KzPlanSchool(new DateOnly(2027, 3, 2));

        // Act
        var started = school.StartMonth();

        // Assert
        var recontrol = Assert.Single(started);
        Assert.Equal(("2.21", true), (recontrol.Control.Id, recontrol.Recontrol));
        Assert.Equal(KzPlanSchool.MathsTeacher, Assert.Single(school.Inbox()).Assignee);
    }

    [Theory]
    [InlineData(Language.Kk, "5-11 сыныптарда математика пәнін жүргізу сапасы (Математика; II.3 «Оқушылардың білім сапасын арттыру» бағалау парағы)")]
    [InlineData(Language.Ru, "5-11 сыныптарда математика пәнін жүргізу сапасы (Математика; оценочный лист II.3 «Повышение качества знаний учащихся»)")]
    public void Plan2_1_Title_NamesTheObjectAndTheSheetInTheReadersLanguage(Language language, string expected)
    {
        // Arrange
        using var school = new KzPlanSchool(new DateOnly(2027, 1, 11));
        var control = school.Workspace.Database.Plans.Load(school.Workspace.School.Id).First();

        // Act
        var title = PlanText.Title(control, school.Workspace.Load(), new Localizer(language));

        // Assert
        Assert.Equal(expected, title);
    }

    private static void CompleteControls(KzPlanSchool school)
    {
        foreach (var task in school.Inbox().ToList())
        {
            var done = school.Runtime.Complete(task.Id, "done", new Dictionary<string, string> { ["findings"] = "Бақылау жүргізілді", ["output_date"] = "2027-01-11" }, task.Assignee!);
            Assert.True(done.Ok, done.Message(Language.En));
        }
    }
}
