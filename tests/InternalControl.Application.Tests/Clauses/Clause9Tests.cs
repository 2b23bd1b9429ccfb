using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 9.4: when the measures fail, the administration holds a small pedagogical council on the pupil's
/// further education with the parent invited; 9.5: only the pedagogical council decides a repeat course.
/// </summary>
public sealed class Clause9Tests
{
    /// <summary>20 school days after Tuesday 20 October, the autumn vacation not counted.</summary>
    private static readonly DateOnly ReviewDay = new(2026, 11, 20);

    [Fact]
    public void Clause9_4_TwentySchoolDaysAfterTheMeasures_TheSubjectTeacherReviews()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.FindCause("unwillingness");
        school.ParentCame();
        school.Complete("preventive_work", "done");
        school.MoveTo(ReviewDay.AddDays(-1));
        Assert.Empty(school.Inbox());

        // Act
        school.MoveTo(ReviewDay);

        // Assert
        var task = school.Task("review");
        Assert.Equal(("subject_teacher", Kg97School.MathsTeacher), (task.Role, task.Assignee));
        Assert.Equal(["improved", "failed"], task.Outcomes);
    }

    [Fact]
    public void Clause9_4_MeasuresFailed_SmallCouncilWithTheParentsInvitedInTheirLanguages()
    {
        // Arrange
        using var school = AtReview();

        // Act
        school.Complete("review", "failed");

        // Assert: the deputy director holds it; each parent is invited in their language.
        Assert.Equal(Kg97School.Deputy, school.Task("council_meeting").Assignee);
        var kyrgyz = Assert.Single(school.MessagesTo("g1"), m => m.Template == "LowAchiever.CouncilInvitation");
        Assert.Equal("Сизди Асанов Эмир Жыргалбекович (7А, Математика) окуучунун мындан аркы окуусу боюнча кичи педкеңешке чакырабыз: көрүлгөн чаралар натыйжа берген жок (9.4).", kyrgyz.Text);
        var russian = Assert.Single(school.MessagesTo("g2"), m => m.Template == "LowAchiever.CouncilInvitation");
        Assert.Equal("Приглашаем вас на малый педсовет о дальнейшем обучении обучающегося Асанов Эмир Жыргалбекович (7А, Математика): принятые меры не дали результата (9.4).", russian.Text);
    }

    [Fact]
    public void Clause9_4_CouncilWithoutADecision_IsRefused()
    {
        // Arrange
        using var school = AtReview();
        school.Complete("review", "failed");

        // Act
        var result = school.CompleteWith("council_meeting", "held", new Dictionary<string, string>());

        // Assert: the council's decision is its record.
        Assert.False(result.Ok);
        Assert.NotNull(result.Message(Language.Ky));
    }

    [Fact]
    public void Clause9_5_AfterTheSmallCouncil_NobodyDecidesARepeatCourseBeforeTheEndOfTheYear()
    {
        // Arrange
        using var school = AtReview();
        school.Complete("review", "failed");

        // Act
        school.Complete("council_meeting", "held", ("decision", "педкеңешке сунуштоо"));
        school.MoveTo(YearEnd.AddDays(-1));

        // Assert: the pupil's case waits for the pedagogical council of the year's end; no one has a task that decides.
        Assert.Empty(school.Inbox());
        Assert.True(school.Case("pedagogical-council").IsOpen);
        Assert.True(school.Case("low-achiever").IsOpen);
    }

    [Fact]
    public void Clause9_5_AtTheEndOfTheYear_ThePedagogicalCouncilDecidesForThePupilWithItsMinutes()
    {
        // Arrange
        using var school = AtCouncil();

        // Act
        school.MoveTo(YearEnd);

        // Assert: one decision for the pupil (no subject), recorded by the council's chair with the minutes.
        var task = Assert.Single(school.Inbox());
        Assert.Equal(("pedagogical-council", "council", "director", Kg97School.Director), (task.Workflow, task.Step, task.Role, task.Assignee));
        Assert.Contains("repeat_course", Assert.Single(task.Fields, f => f.Name == "decision").Options);
        Assert.All(task.Fields, f => Assert.True(f.Required));
        Assert.Equal(["decision", "minutes_number", "minutes_date"], task.Fields.Select(f => f.Name));
        Assert.Equal("pupil=" + Kg97School.Pupil, school.Runtime.Cases().Single(c => c.Workflow == "pedagogical-council").Key);
        Assert.Equal("Педагогикалык кеңеш: окуучу боюнча чечим (9.5)", task.Title(Language.Ky));
    }

    [Fact]
    public void Clause9_5_ADecisionWithoutTheCouncilsMinutes_IsRefused()
    {
        // Arrange
        using var school = AtCouncil();
        school.MoveTo(YearEnd);

        // Act: the director alone, without the minutes of the council.
        var result = school.CompleteWith("council", "decided", new Dictionary<string, string> { ["decision"] = "repeat_course" });

        // Assert
        Assert.False(result.Ok);
        Assert.True(school.Case("pedagogical-council").IsOpen);
    }

    [Fact]
    public void Clause9_5_TheCouncilsDecision_IsFollowedByTheDirectorsOrder_ThenBothCasesClose()
    {
        // Arrange
        using var school = AtCouncil();
        school.MoveTo(YearEnd);

        // Act
        school.Complete("council", "decided", ("decision", "repeat_course"), ("minutes_number", "7"));
        var order = school.Task("order");
        school.Complete("order", "issued", ("order_number", "112-к"));
        school.Runtime.Tick();

        // Assert: the order comes after the council and from the director; the case ends at the council (9.5).
        Assert.Equal(("director", Kg97School.Director), (order.Role, order.Assignee));
        Assert.Equal("decided", school.Case("pedagogical-council").Result);
        Assert.Equal((false, "council"), (school.Case("low-achiever").IsOpen, school.Case("low-achiever").Result));
    }

    [Fact]
    public void Clause9_5_OnlyThePedagogicalCouncilsStepOffersARepeatCourse()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act: every task step of the shipped policy with a choice that keeps a pupil for a repeat course.
        var offering = school.Session.Definitions.All
            .SelectMany(w => w.Steps.OfType<TaskStep>().Select(s => (Workflow: w.Name, Step: s)))
            .Where(x => x.Step.Fields.Any(f => f.Options.Contains("repeat_course")))
            .Select(x => (x.Workflow, x.Step.Id))
            .ToList();

        // Assert
        Assert.Equal([("pedagogical-council", "council")], offering);
    }

    [Fact]
    public void Clause9_4_ReviewImproved_ClosesTheCaseImproved()
    {
        // Arrange
        using var school = AtReview();

        // Act
        school.Complete("review", "improved");

        // Assert
        Assert.Equal("improved", school.Case("low-achiever").Result);
    }

    /// <summary>The last day of the Kyrgyz 2026-2027 school year.</summary>
    private static readonly DateOnly YearEnd = new(2027, 5, 28);

    private static Kg97School AtCouncil()
    {
        var school = AtReview();
        school.Complete("review", "failed");
        school.Complete("council_meeting", "held", ("decision", "педкеңешке сунуштоо"));
        return school;
    }

    private static Kg97School AtReview()
    {
        var school = Kg97School.WithCase();
        school.FindCause("unwillingness");
        school.ParentCame();
        school.Complete("preventive_work", "done");
        school.MoveTo(ReviewDay);
        return school;
    }
}
