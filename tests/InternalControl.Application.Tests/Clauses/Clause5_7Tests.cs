using InternalControl.Localization;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 5.7: the subject teacher informs the class teacher and the parent in time when a pupil has
/// "3 or more «2» in one subject" (бир сабактан 3 же андан көп «2»), counted in the current quarter.
/// </summary>
public sealed class Clause5_7Tests
{
    private static readonly DateOnly Oct20 = Kg97School.Oct20;

    [Fact]
    public void Clause5_7_TwoTwosInOneSubject_OpensNoCase()
    {
        // Arrange
        using var school = new Kg97School(Oct20, Kg97School.ThreeTwos("2026-10-01", "2026-10-02"));

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.Equal(0, run.Opened);
        Assert.Empty(school.Runtime.Cases());
        Assert.Empty(school.Inbox());
    }

    [Fact]
    public void Clause5_7_ThreeTwosInOneSubject_OpensCase()
    {
        // Arrange
        using var school = new Kg97School(Oct20, Kg97School.ThreeTwos("2026-10-01", "2026-10-02", "2026-10-05"));

        // Act
        var run = school.Evaluate();

        // Assert: one open case for (p1, maths, quarter 1), at the subject teacher's individual work (5.1-5.9) and,
        // beside it, the class teacher's search for the cause (6.1).
        Assert.Equal(1, run.Opened);
        var opened = school.Case("low-achiever");
        Assert.True(opened.IsOpen);
        Assert.Equal(("p1", "math"), (opened.PupilId, opened.SubjectId));
        Assert.Equal(["individual_work", "find_cause"], opened.CurrentSteps);
    }

    [Fact]
    public void Clause5_7_ThreeTwosInOneSubject_TheSubjectTeachersInboxHasTheIndividualWork()
    {
        // Arrange
        using var school = new Kg97School(Oct20, Kg97School.ThreeTwos("2026-10-01", "2026-10-02", "2026-10-05"));

        // Act
        school.Evaluate();

        // Assert: 15 school days from Tue 20 October, the autumn vacation (4-8 November) not counted.
        var task = Assert.Single(school.Inbox("subject_teacher"));
        Assert.Equal(("individual_work", Kg97School.MathsTeacher), (task.Step, task.Assignee));
        Assert.Equal(new DateOnly(2026, 11, 13), task.Due);
        Assert.Contains("improved", task.Outcomes);
        Assert.Contains("no_change", task.Outcomes);
    }

    [Fact]
    public void Clause5_7_ThreeTwosInOneSubject_ParentsAreToldInTheirLanguages()
    {
        // Arrange
        using var school = new Kg97School(Oct20, Kg97School.ThreeTwos("2026-10-01", "2026-10-02", "2026-10-05"));

        // Act
        school.Evaluate();

        // Assert: g1 reads Kyrgyz, g2 Russian; the class teacher (Kyrgyz) is told too.
        var kyrgyz = Assert.Single(school.MessagesTo("g1"));
        Assert.Equal(Language.Ky, kyrgyz.Language);
        Assert.Equal("Асанов Эмир Жыргалбекович (7А) Математика сабагынан үч же андан көп «2» алды. Предметтик мугалим окуучу менен жеке иш баштайт; колдоо көрсөтүүңүздү суранабыз.", kyrgyz.Text);
        var russian = Assert.Single(school.MessagesTo("g2"));
        Assert.StartsWith("У обучающегося Асанов Эмир Жыргалбекович (7А) три и более оценки «2» по предмету «Математика».", russian.Text, StringComparison.Ordinal);
        Assert.Contains(school.MessagesTo(Kg97School.ClassTeacher), m => m.Template == "LowAchiever.Started" && m.Language == Language.Ky);
    }

    [Fact]
    public void Clause5_7_ThreeTwosOverThreeSubjects_OpensNoCase()
    {
        // Arrange: "бир сабактан" (in one subject).
        using var school = new Kg97School(Oct20, ["p1,math,2026-10-01,2,current", "p1,history,2026-10-02,2,current", "p1,physics,2026-10-05,2,current"]);

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.Equal(0, run.Opened);
        Assert.Empty(school.Runtime.Outbox());
    }

    [Fact]
    public void Clause5_7_ATwoOfLastQuarter_DoesNotCount()
    {
        // Arrange: quarter 1 ends on 3 November; two 2s of quarter 2 and one of quarter 1.
        using var school = new Kg97School(new DateOnly(2026, 11, 20), Kg97School.ThreeTwos("2026-10-30", "2026-11-10", "2026-11-11"));

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.Equal(0, run.Opened);
    }

    [Fact]
    public void Clause5_7_AMarkDatedAfterNow_DoesNotExistUntilItsDay()
    {
        // Arrange: the third 2 is dated Wednesday 21 October; the school runs as of Tuesday 20.
        using var school = new Kg97School(Oct20, Kg97School.ThreeTwos("2026-10-01", "2026-10-02", "2026-10-21"));
        var before = school.Evaluate();

        // Act
        school.MoveTo(new DateOnly(2026, 10, 21));
        var onTheDay = school.Evaluate();

        // Assert
        Assert.Equal((0, 1), (before.Opened, onTheDay.Opened));
    }

    [Fact]
    public void Clause5_7_AFourthTwoAndTheNightlyRerun_KeepOneCase()
    {
        // Arrange
        using var school = new Kg97School(Oct20, Kg97School.ThreeTwos("2026-10-01", "2026-10-02", "2026-10-05", "2026-10-21"));
        school.Evaluate();

        // Act
        school.MoveTo(new DateOnly(2026, 10, 21));
        var again = school.Evaluate();

        // Assert
        Assert.Equal(0, again.Opened);
        Assert.Single(school.Runtime.Cases());
    }

    [Fact]
    public void Clause5_7_ThreeTwosInGradeTwo_OpenNoCaseUnderThe2025Standard()
    {
        // Arrange: the 2025 state standard leaves grades 1-3 unmarked; a 2 recorded there is no 5.7 signal.
        using var school = new Kg97School(Oct20, ["p2,math,2026-10-01,2,current", "p2,math,2026-10-02,2,current", "p2,math,2026-10-05,2,current"]);

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.Equal(0, run.Opened);
    }
}
