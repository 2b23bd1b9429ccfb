namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 5.7 for grades 2-3: the 2025 standard (grades 1-3 unmarked) is phased in class by class, so whether a class is
/// marked is the import's (classes.csv <c>marked</c>); a class the import leaves open follows the country rule of the
/// policy (marked_from_grade = 4). A "2" counts for 5.7 only in a marked class.
/// </summary>
public sealed class Clause5_7MarkedTests
{
    private const string Header = "class_id,name,grade_level,language,class_teacher_id,marked\n";

    [Fact]
    public void Clause5_7_GradeTwoClassTheImportMarks_ThreeTwosOpenACase()
    {
        // Arrange: 2a still teaches under the old standard and is marked; p2 has three 2s in maths.
        using var school = new Kg97School(Kg97School.Oct20, marks: TwosOf("p2"), classes: Header + "7a,7А,7,ky,t010,\n2a,2А,2,ky,t011,ооба\n");

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.Equal(1, run.Opened);
        Assert.Equal("p2", school.Case("low-achiever").PupilId);
    }

    [Fact]
    public void Clause5_7_GradeTwoClassLeftOpen_FollowsTheCountryRuleAndOpensNoCase()
    {
        // Arrange: the column is there, empty for 2a: grade 2 is below marked_from_grade.
        using var school = new Kg97School(Kg97School.Oct20, marks: TwosOf("p2"), classes: Header + "7a,7А,7,ky,t010,\n2a,2А,2,ky,t011,\n");

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.Equal(0, run.Opened);
        Assert.Empty(school.Runtime.Cases());
    }

    [Fact]
    public void Clause5_7_SeventhGradeClassTheImportLeavesUnmarked_OpensNoCase()
    {
        // Arrange: an unmarked class (a pilot of the new standard); p1 has three 2s in maths.
        using var school = new Kg97School(Kg97School.Oct20, marks: TwosOf("p1"), classes: Header + "7a,7А,7,ky,t010,no\n2a,2А,2,ky,t011,\n");

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.Equal(0, run.Opened);
    }

    [Fact]
    public void Clause5_7_SeventhGradeClassLeftOpen_IsMarkedByTheCountryRule()
    {
        // Arrange
        using var school = new Kg97School(Kg97School.Oct20, marks: TwosOf("p1"), classes: Header + "7a,7А,7,ky,t010,\n2a,2А,2,ky,t011,\n");

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.Equal(1, run.Opened);
    }

    private static string[] TwosOf(string pupil) =>
        [.. new[] { "2026-10-01", "2026-10-02", "2026-10-05" }.Select(d => $"{pupil},math,{d},2,current")];
}
