using InternalControl.Localization;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 6.3 and 8.6: for poor home preparation, low ability or unwillingness the class teacher does
/// preventive work with the parent; a parent who refuses their duties takes the class teacher to the
/// administration (6.3), and the administration sends the materials to the commission (8.6).
/// </summary>
public sealed class Clause6_3Tests
{
    [Fact]
    public void Clause6_3_ParentRefuses_TheDeputyDirectorGetsTheCase()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.FindCause("unwillingness");

        // Act
        var result = school.Complete("preventive_work", "parent_refuses");

        // Assert: 6.3 "мектеп администрациясына кайрылат", within 10 school days (Tuesday 3 November).
        Assert.True(result.Ok);
        var task = school.Task("administration");
        Assert.Equal(("deputy_director", Kg97School.Deputy, new DateOnly(2026, 11, 3)), (task.Role, task.Assignee, task.Due));
        Assert.Contains("commission", task.Outcomes);
    }

    [Fact]
    public void Clause8_6_AdministrationSendsTheMaterials_TheCaseEndsAtTheCommission()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.FindCause("low_ability");
        school.Complete("preventive_work", "parent_refuses");

        // Act
        school.Complete("administration", "commission", ("decision", "материалдар комиссияга"));

        // Assert: the case is closed with the commission as its end; its history shows the administration's decision in Kyrgyz.
        var closed = school.Case("low-achiever");
        Assert.Equal((false, "commission"), (closed.IsOpen, closed.Result));
        Assert.Contains(school.Runtime.History(closed.Id, Language.Ky), line => line.Contains("«Ата-эненин баш тартуусун администрация карайт (6.3, 8.6)» тапшырмасы аткарылды: материалдарды комиссияга жөнөтүү", StringComparison.Ordinal));
        Assert.Empty(school.Inbox());
    }

    [Fact]
    public void Clause6_3_PreventiveWorkDone_TheCaseWaitsForTheReview()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.FindCause("home_preparation");

        // Act
        school.Complete("preventive_work", "done");

        // Assert
        Assert.Equal(["review_wait"], school.Case("low-achiever").CurrentSteps);
        Assert.Empty(school.Inbox());
    }

    [Fact]
    public void Clause8_6_ParentRefusesTheConversationAbout62Absences_AdministrationThenTheCommission()
    {
        // Arrange: three unexcused days open the conversation with the parent (6.2 "several").
        using var school = new Kg97School(Kg97School.Oct20, absences: ["p1,2026-10-05,6,none,", "p1,2026-10-06,6,none,", "p1,2026-10-07,6,none,"]);
        school.Evaluate();
        school.Complete("talk", "parent_refuses");

        // Act
        school.Complete("administration", "commission");

        // Assert
        Assert.Equal("commission", school.Case("parent-conversation").Result);
    }
}
