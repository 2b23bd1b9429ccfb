namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 6.3: for poor home preparation, low ability or unwillingness the class teacher does preventive work with
/// the parent, who is called to school (8.1); a parent who refuses their duties takes the class teacher to the
/// administration ("мектеп администрациясына кайрылат").
/// </summary>
public sealed class Clause6_3Tests
{
    [Fact]
    public void Clause6_3_ParentRefusesAfterTheCalls_TheDeputyDirectorGetsTheCase()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.FindCause("unwillingness");

        // Act: three calls the parent does not come to (parent_calls_min), the refusal recorded with the third.
        school.ParentRefusesAfterCalls();

        // Assert: within 10 school days (Tuesday 3 November).
        var task = school.Task("administration");
        Assert.Equal(("deputy_director", Kg97School.Deputy, new DateOnly(2026, 11, 3)), (task.Role, task.Assignee, task.Due));
        Assert.Contains("commission", task.Outcomes);
    }

    [Fact]
    public void Clause6_3_PreventiveWorkDone_TheCaseWaitsForTheReview()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.FindCause("home_preparation");
        school.ParentCame();

        // Act
        school.Complete("preventive_work", "done");

        // Assert
        Assert.Equal(["review_wait"], school.Case("low-achiever").CurrentSteps);
        Assert.Empty(school.Inbox());
    }
}
