namespace InternalControl.Rules.Tests.Runtime;

/// <summary>Kyrgyz school No. 97, 5.7: a pupil with 3 or more "2" marks in one subject in the current quarter.</summary>
public sealed class Regulation57Tests
{
    private static readonly Model.CompiledPolicy Policy = Some.Compile(Some.Policy57);

    [Fact]
    public void Evaluate_TwoTwos_DoesNotFire()
    {
        // Arrange
        var school = Some.School([Some.Mark("P1", "MATH", "2026-10-01", 2), Some.Mark("P1", "MATH", "2026-10-02", 2), Some.Mark("P1", "MATH", "2026-10-03", 4)]);

        // Act
        var result = Policy.Evaluate(school, Some.Calendar, Some.Now);

        // Assert
        Assert.Empty(result.Firings);
    }

    [Fact]
    public void Evaluate_ThreeTwosInOneSubject_StartsLowAchieverForPupilAndSubject()
    {
        // Arrange
        var school = Some.School([Some.Mark("P1", "MATH", "2026-10-01", 2), Some.Mark("P1", "MATH", "2026-10-02", 2), Some.Mark("P1", "MATH", "2026-10-05", 2)]);

        // Act
        var result = Policy.Evaluate(school, Some.Calendar, Some.Now);

        // Assert
        var start = Assert.Single(result.Starts);
        Assert.Equal(("low-achiever", "P1/MATH", "P1", "MATH", 1), (start.Workflow, start.Key, start.PupilId, start.SubjectId, start.Term));
        Assert.Equal(3, Assert.Single(result.Firings).Facts.Count);
    }

    [Fact]
    public void Evaluate_ThreeTwosOverThreeSubjects_DoesNotFire()
    {
        // Arrange
        var school = Some.School([Some.Mark("P1", "MATH", "2026-10-01", 2), Some.Mark("P1", "KY", "2026-10-02", 2), Some.Mark("P1", "HIST", "2026-10-05", 2)]);

        // Act
        var result = Policy.Evaluate(school, Some.Calendar, Some.Now);

        // Assert
        Assert.Empty(result.Firings);
    }

    [Fact]
    public void Evaluate_TwoInLastQuarter_DoesNotCount()
    {
        // Arrange: the first quarter ends on 3 November; now is in the second quarter.
        var school = Some.School([Some.Mark("P1", "MATH", "2026-10-30", 2), Some.Mark("P1", "MATH", "2026-11-10", 2), Some.Mark("P1", "MATH", "2026-11-11", 2)]);

        // Act
        var result = Policy.Evaluate(school, Some.Calendar, new DateOnly(2026, 11, 20));

        // Assert
        Assert.Empty(result.Firings);
    }

    [Fact]
    public void Evaluate_MarkAfterNow_DoesNotExistYet()
    {
        // Arrange
        var school = Some.School([Some.Mark("P1", "MATH", "2026-10-01", 2), Some.Mark("P1", "MATH", "2026-10-02", 2), Some.Mark("P1", "MATH", "2026-10-21", 2)]);

        // Act
        var result = Policy.Evaluate(school, Some.Calendar, Some.Now);

        // Assert
        Assert.Empty(result.Firings);
    }
}
