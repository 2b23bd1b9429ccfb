using InternalControl.Application.Registers;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 5.1-5.10: the subject teacher's individual work; when the pupil's level does not change
/// ("өзгөрүү болбосо"), the teacher files the 5.10 report with the dates the class teacher and the parent
/// were informed.
/// </summary>
public sealed class Clause5_10Tests
{
    [Fact]
    public void Clause5_10_NoChange_OpensTheReportTaskForTheSubjectTeacher()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        var result = school.Complete("individual_work", "no_change", ("problems", "дроби"), ("measures", "консультации"));

        // Assert: the report is due in 3 school days (Friday 23 October).
        Assert.True(result.Ok);
        var task = school.Task("report_5_10");
        Assert.Equal(("subject_teacher", Kg97School.MathsTeacher), (task.Role, task.Assignee));
        Assert.Equal(new DateOnly(2026, 10, 23), task.Due);
        Assert.Equal("Отчёт о работе, не давшей изменений (5.10)", task.Title(Language.Ru));
    }

    [Fact]
    public void Clause5_10_Report_RequiresTheDatesTheClassTeacherAndTheParentWereInformed()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        school.Complete("individual_work", "no_change");

        // Assert
        var fields = school.Task("report_5_10").Fields.ToDictionary(f => f.Name);
        Assert.Equal((FieldType.Date, true), (fields["class_teacher_informed"].Type, fields["class_teacher_informed"].Required));
        Assert.Equal((FieldType.Date, true), (fields["parent_informed"].Type, fields["parent_informed"].Required));
    }

    [Fact]
    public void Clause5_10_ReportWithoutTheDateTheParentWasInformed_IsRefusedAndStaysInTheInbox()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.Complete("individual_work", "no_change");

        // Act
        var result = school.CompleteWith("report_5_10", "filed", new Dictionary<string, string> { ["class_teacher_informed"] = "2026-10-20" });

        // Assert: the teacher reads why, in Russian.
        Assert.False(result.Ok);
        Assert.Equal("Чтобы завершить задачу «Отчёт о работе, не давшей изменений (5.10)», заполните поле «дата информирования родителя».", result.Message(Language.Ru));
        Assert.Equal("report_5_10", school.Task("report_5_10").Step);
    }

    [Fact]
    public void Clause5_10_ReportFiled_TheClassTeacherIsToFindTheCause()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        school.ReachFindCause();

        // Assert: 6.1, within 5 school days (Tuesday 27 October).
        var task = school.Task("find_cause");
        Assert.Equal(("class_teacher", Kg97School.ClassTeacher, new DateOnly(2026, 10, 27)), (task.Role, task.Assignee, task.Due));
    }

    [Fact]
    public void Clause5_10_Improved_ClosesTheCaseImproved()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        school.Complete("individual_work", "improved");

        // Assert
        var closed = school.Case("low-achiever");
        Assert.Equal((false, "improved"), (closed.IsOpen, closed.Result));
        Assert.Empty(school.Inbox());
    }

    [Fact]
    public void Clause6_5_IndividualWork_IsWrittenToTheSubjectTeachersWorkRegister()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        school.Complete("individual_work", "no_change", ("problems", "бөлчөктөр"), ("measures", "кошумча сабак"));

        // Assert: 6.5, the journal of subject teachers' work with low achievers (date, teacher, problems, measures).
        var entry = Assert.Single(school.Session.Registers.Entries(RegisterCodes.SubjectTeacherWork, Kg97School.Oct20, Kg97School.Oct20));
        Assert.Equal((Kg97School.MathsTeacher, "p1", "бөлчөктөр", "кошумча сабак"), (entry.Actor, entry.PupilId, entry.Fields["problems"], entry.Fields["measures"]));
    }
}
