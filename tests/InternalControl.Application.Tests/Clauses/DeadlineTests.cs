using InternalControl.Localization;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// Deadlines are school days of the school's calendar (the Kyrgyz 2026-2027 autumn vacation is 4-8 November);
/// a task left undone is reminded, missed and escalated: the deputy director gets a task of their own (10.2: overall control), the owner keeps theirs.
/// </summary>
public sealed class DeadlineTests
{
    [Fact]
    public void Deadline_CaseOpenedBeforeTheAutumnVacation_MovesPastTheVacation()
    {
        // Arrange: the third 2 comes on Wednesday 28 October.
        using var school = new Kg97School(new DateOnly(2026, 10, 28), Kg97School.ThreeTwos("2026-10-01", "2026-10-02", "2026-10-28"));

        // Act
        school.Evaluate();

        // Assert: 15 school days; without the vacation it would be Wednesday 18 November.
        Assert.Equal(new DateOnly(2026, 11, 23), school.Task("individual_work").Due);
    }

    [Fact]
    public void Deadline_IndividualWork_IsRemindedInRussianTwelveSchoolDaysOn()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act: 12 school days after 20 October is Tuesday 10 November.
        school.MoveTo(new DateOnly(2026, 11, 10));

        // Assert
        var reminder = Assert.Single(school.MessagesTo(Kg97School.MathsTeacher), m => m.Template == "Task.Reminder");
        Assert.Equal("Напоминание: срок задачи «Индивидуальная работа с обучающимся (5.1–5.9)» (обучающийся Асанов Эмир Жыргалбекович, Математика) — 13.11.2026.", reminder.Text);
    }

    [Fact]
    public void Deadline_IndividualWorkMissed_TheTeacherIsToldTheNextSchoolDay()
    {
        // Arrange: due Friday 13 November.
        using var school = Kg97School.WithCase();
        school.MoveTo(new DateOnly(2026, 11, 13));
        Assert.DoesNotContain(school.MessagesTo(Kg97School.MathsTeacher), m => m.Template == "Task.Overdue");

        // Act
        school.MoveTo(new DateOnly(2026, 11, 16));

        // Assert
        Assert.Single(school.MessagesTo(Kg97School.MathsTeacher), m => m.Template == "Task.Overdue");
    }

    [Fact]
    public void Clause10_2_IndividualWorkNotDoneIn18SchoolDays_TheDeputyDirectorGetsATaskOfTheirOwn()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act: 18 school days after 20 October is Wednesday 18 November.
        school.MoveTo(new DateOnly(2026, 11, 18));

        // Assert: the deputy director is to see why the work is late, and reads it in Kyrgyz.
        var late = school.Task("late_individual_work");
        Assert.Equal(("deputy_director", Kg97School.Deputy), (late.Role, late.Assignee));
        Assert.Equal("Жеке иштин (5.1–5.9) эмне үчүн кечиккенин аныктоо (10.2)", late.Title(Language.Ky));
        var assigned = Assert.Single(school.MessagesTo(Kg97School.Deputy), m => m.Template == "Task.Assigned");
        Assert.Equal(Language.Ky, assigned.Language);
        Assert.Contains("Жеке иштин (5.1–5.9) эмне үчүн кечиккенин аныктоо (10.2)", assigned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clause10_2_Escalation_TheTaskStaysWithTheSubjectTeacher()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        school.MoveTo(new DateOnly(2026, 11, 18));

        // Assert: the late work is still the maths teacher's; nobody took it away.
        var work = school.Task("individual_work");
        Assert.Equal(("subject_teacher", Kg97School.MathsTeacher), (work.Role, work.Assignee));
        Assert.DoesNotContain(school.MessagesTo(Kg97School.Deputy), m => m.Template == "Task.Escalated");
    }

    [Fact]
    public void Clause10_2_DeputyLooksIntoIt_TheTeachersWorkGoesOnAlongTheRegulation()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.MoveTo(new DateOnly(2026, 11, 18));

        // Act: the deputy records why; later the teacher finishes the 5.1-5.9 work.
        var seen = school.Complete("late_individual_work", "looked_into", ("reason", "Мугалим ооруп калган"));
        var done = school.Complete("individual_work", "no_change");

        // Assert: the deputy's task ends its own line; the case moves on to the 5.10 report as usual (the class
        // teacher's 6.1 task still open beside it).
        Assert.True(seen.Ok && done.Ok);
        Assert.Equal(["find_cause", "report_5_10"], school.Inbox().Select(t => t.Step).Order(StringComparer.Ordinal));
        Assert.True(school.Case("low-achiever").IsOpen);
    }

    [Fact]
    public void Clause10_2_TheDeputyMustSayWhyTheWorkIsLate()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.MoveTo(new DateOnly(2026, 11, 18));

        // Act
        var result = school.CompleteWith("late_individual_work", "looked_into", new Dictionary<string, string>());

        // Assert
        Assert.False(result.Ok);
        Assert.Equal(Kg97School.Deputy, school.Task("late_individual_work").Assignee);
    }

    [Fact]
    public void Clause10_2_OneSchoolDayBeforeTheEscalation_TheTaskStaysWithTheTeacher()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        school.MoveTo(new DateOnly(2026, 11, 17));

        // Assert
        Assert.Equal(Kg97School.MathsTeacher, school.Task("individual_work").Assignee);
    }
}
