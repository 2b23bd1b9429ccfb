using InternalControl.Localization;

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
        Assert.Equal("Сизди Асанов Эмир Жыргалбекович (7А, Математика) окуучунун мындан аркы окуусу боюнча кичи педкеңешке чакырабыз.", kyrgyz.Text);
        var russian = Assert.Single(school.MessagesTo("g2"), m => m.Template == "LowAchiever.CouncilInvitation");
        Assert.Equal("Приглашаем вас на малый педсовет о дальнейшем обучении ученика Асанов Эмир Жыргалбекович (7А, Математика).", russian.Text);
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
    public void Clause9_5_AfterTheSmallCouncil_OnlyTheDirectorsPedagogicalCouncilTaskCanDecideARepeatCourse()
    {
        // Arrange
        using var school = AtReview();
        school.Complete("review", "failed");

        // Act
        school.Complete("council_meeting", "held", ("decision", "педкеңешке сунуштоо"));

        // Assert: the low-achiever case hands over; the director's task is the only one that offers a repeat course.
        var task = Assert.Single(school.Inbox());
        Assert.Equal(("pedagogical-council", "decide_repeat", "director", Kg97School.Director), (task.Workflow, task.Step, task.Role, task.Assignee));
        Assert.Contains("repeat_course", Assert.Single(task.Fields, f => f.Name == "decision").Options);
        Assert.Equal("Окуучунун мындан аркы окуусу боюнча чечим", task.Title(Language.Ky));
    }

    [Fact]
    public void Clause9_5_PedagogicalCouncilDecides_BothCasesClose()
    {
        // Arrange
        using var school = AtReview();
        school.Complete("review", "failed");
        school.Complete("council_meeting", "held", ("decision", "педкеңешке сунуштоо"));

        // Act
        school.Complete("decide_repeat", "decided", ("decision", "repeat_course"));
        school.Runtime.Tick();

        // Assert: the case ends at the council (9.5), never with a decision of its own.
        Assert.Equal("decided", school.Case("pedagogical-council").Result);
        Assert.Equal((false, "council"), (school.Case("low-achiever").IsOpen, school.Case("low-achiever").Result));
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

    private static Kg97School AtReview()
    {
        var school = Kg97School.WithCase();
        school.FindCause("unwillingness");
        school.Complete("preventive_work", "done");
        school.MoveTo(ReviewDay);
        return school;
    }
}
