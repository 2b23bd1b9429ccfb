using InternalControl.Application.Registers;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 6.4: for too little work in class, non-objective marking, too much homework or difficult material
/// the class teacher talks with the subject teacher "or asks the administration to inspect".
/// </summary>
public sealed class Clause6_4Tests
{
    [Fact]
    public void Clause6_4_AskedForAnInspection_TheDeputyDirectorInspects()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.FindCause("non_objective_marking");

        // Act
        school.Complete("talk_subject_teacher", "inspection", ("decision", "текшерүү керек"));

        // Assert: within 10 school days (Tuesday 3 November).
        var task = school.Task("inspection");
        Assert.Equal(("deputy_director", Kg97School.Deputy, new DateOnly(2026, 11, 3)), (task.Role, task.Assignee, task.Due));
    }

    [Fact]
    public void Clause6_4_InspectionDone_TheCaseWaitsForTheReview()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.FindCause("homework_volume");
        school.Complete("talk_subject_teacher", "inspection");

        // Act
        school.Complete("inspection", "done");

        // Assert
        Assert.Equal(["review_wait"], school.Case("low-achiever").CurrentSteps);
    }

    [Fact]
    public void Clause6_5_TalkWithTheSubjectTeacher_IsWrittenForTheMonthlyReport()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.FindCause("difficult_material");

        // Act
        school.Complete("talk_subject_teacher", "agreed", ("decision", "кошумча сабактар"));

        // Assert: 6.5, the class teacher's talks with subject teachers (the monthly report to the administration).
        var entry = Assert.Single(school.Session.Registers.Entries(RegisterCodes.SubjectTeacherTalk, Kg97School.Oct20, Kg97School.Oct20));
        Assert.Equal((Kg97School.ClassTeacher, "кошумча сабактар"), (entry.Actor, entry.Fields["decision"]));
        var month = Assert.Single(school.Session.Registers.MonthlyReport(2026, 10), l => l.ClassTeacherId == Kg97School.ClassTeacher);
        Assert.Equal((1, 1), (month.Conversations, month.SubjectTeacherTalks));
    }
}
