using InternalControl.Localization;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 6.2 A: a parent's note excuses "for at most 3 days" (ата эненин 3 күндүк мөөнөттөн ашпаган
/// түшүнүк каты): 3 school days in a row of one absence; the days past it are unexcused and count with
/// the other unexcused days of 6.2.
/// </summary>
public sealed class Clause6_2ATests
{
    [Fact]
    public void Clause6_2A_FourDayNote_LeavesTheFourthDayUnexcused()
    {
        // Arrange: Monday 5 to Thursday 8 October.
        using var school = new Kg97School(Kg97School.Oct20, absences: Notes("2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08"));

        // Act
        var run = school.Evaluate();

        // Assert: one day past the note; the class teacher is asked to check it with the parent.
        Assert.Equal(1, Assert.Single(run.Result!.Facts, f => f.Name == "unexcused_by_note").Value);
        Assert.Contains(run.Result.Notifications, n => n.Role == "class_teacher"
            && Texts.Get(n.Message!, Language.Ru).Contains("6.2 А: записка от родителей действует лишь несколько учебных дней подряд", StringComparison.Ordinal));
    }

    [Fact]
    public void Clause6_2A_FourDayNoteOverAWeekend_LeavesTheFourthSchoolDayUnexcused()
    {
        // Arrange: Thursday 8, Friday 9, Monday 12, Tuesday 13 October: one absence of four school days.
        using var school = new Kg97School(Kg97School.Oct20, absences: Notes("2026-10-08", "2026-10-09", "2026-10-12", "2026-10-13"));

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.Equal(1, Assert.Single(run.Result!.Facts, f => f.Name == "unexcused_by_note").Value);
    }

    [Fact]
    public void Clause6_2A_TwoSeparateTwoDayNotes_AreBothCovered()
    {
        // Arrange: Monday-Tuesday, then Thursday-Friday: four note days in the quarter, two absences.
        using var school = new Kg97School(Kg97School.Oct20, absences: Notes("2026-10-05", "2026-10-06", "2026-10-08", "2026-10-09"));

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.DoesNotContain(run.Result!.Facts, f => f.Name == "unexcused_by_note");
        Assert.Empty(run.Result.Notifications);
    }

    [Fact]
    public void Clause6_2A_ThreeDayNote_ExcusesEveryDay()
    {
        // Arrange
        using var school = new Kg97School(Kg97School.Oct20, absences: Notes("2026-10-05", "2026-10-06", "2026-10-07"));

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.Empty(run.Result!.Notifications);
        Assert.Empty(school.Runtime.Cases());
    }

    [Fact]
    public void Clause6_2A_TheDayPastTheNote_CountsWithTwoUnexcusedDaysAsSeveral()
    {
        // Arrange: Thursday 1 and Friday 2 October without a document, then a note for Monday 5 to Thursday 8.
        using var school = new Kg97School(
            Kg97School.Oct20,
            absences: ["p1,2026-10-01,6,none,", "p1,2026-10-02,6,none,", .. Notes("2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08")]);

        // Act
        school.Evaluate();

        // Assert: 2 + 1 unexcused days is "several" (6.2): the conversation with the parent.
        Assert.True(school.Case("parent-conversation").IsOpen);
    }

    private static string[] Notes(params string[] dates) => [.. dates.Select(d => $"p1,{d},6,parent_note,ата-эненин каты")];
}
