using InternalControl.Localization;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// Deadlines are school days of the school's calendar (the Kyrgyz 2026-2027 autumn vacation is 4-8 November);
/// a task left undone is reminded, missed and escalated to the deputy director (10.2: overall control).
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
        Assert.Equal("Напоминание: срок задачи «Индивидуальная работа с учеником (5.1–5.9)» (ученик Асанов Эмир Жыргалбекович, Математика) — 13.11.2026.", reminder.Text);
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
    public void Clause10_2_IndividualWorkNotDoneIn18SchoolDays_EscalatesToTheDeputyDirector()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act: 18 school days after 20 October is Wednesday 18 November.
        school.MoveTo(new DateOnly(2026, 11, 18));

        // Assert: the deputy director's inbox has the task; the deputy reads why, in Kyrgyz.
        var task = school.Task("individual_work");
        Assert.Equal(("deputy_director", Kg97School.Deputy), (task.Role, task.Assignee));
        var escalated = Assert.Single(school.MessagesTo(Kg97School.Deputy), m => m.Template == "Task.Escalated");
        Assert.Equal(Language.Ky, escalated.Language);
        Assert.Equal("«Окуучу менен жеке иш (5.1–5.9)» тапшырмасы (окуучу Асанов Эмир Жыргалбекович, 7А, Математика) өз убагында аткарылбагандыктан сизге өткөрүлдү.", escalated.Text);
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
