namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 6.2: an absence is excused only by a document that confirms its reason; "Окуучунун сабакка келбegen
/// себебин тастыктоочу документ болбосо" it is unexcused, whatever excuse code the journal holds. The document is
/// the import's <c>document</c> column. The small council's invitation cites the clause that started it: 6.2 for
/// systematic absences, 9.4 when the measures failed, never both.
/// </summary>
public sealed class Clause6_2DocumentTests
{
    [Fact]
    public void Clause6_2_MedicalExcuseWithoutTheCertificate_CountsAsUnexcused()
    {
        // Arrange: three days marked "medical" with an empty document column.
        using var school = new Kg97School(Kg97School.Oct20, absences: ["p1,2026-10-05,6,medical,", "p1,2026-10-06,6,medical,", "p1,2026-10-07,6,medical,"]);

        // Act
        school.Evaluate();

        // Assert: three unexcused days are "several": the class teacher calls the parent to talk.
        Assert.True(school.Case("parent-conversation").IsOpen);
        Assert.Equal(Kg97School.ClassTeacher, school.Task("call_parent").Assignee);
    }

    [Fact]
    public void Clause6_2_MedicalExcuseWithTheCertificate_IsExcused()
    {
        // Arrange
        using var school = new Kg97School(Kg97School.Oct20, absences: ["p1,2026-10-05,6,medical,Дарыгердин маалымкаты №41", "p1,2026-10-06,6,medical,Дарыгердин маалымкаты №41", "p1,2026-10-07,6,medical,Дарыгердин маалымкаты №41"]);

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.Empty(school.Runtime.Cases());
        Assert.Empty(run.Result!.Notifications);
    }

    [Fact]
    public void Clause6_2_OtherExcusesWithoutADocument_AddUpToSystematic()
    {
        // Arrange: an event, a release and a family excuse, none with its document, and two days with no excuse at all.
        using var school = new Kg97School(
            Kg97School.Oct20,
            absences: ["p1,2026-10-01,6,event,", "p1,2026-10-02,6,released,", "p1,2026-10-05,6,family,", "p1,2026-10-06,6,none,", "p1,2026-10-07,6,none,"]);

        // Act
        school.Evaluate();

        // Assert: five unexcused days: the small council, whose invitation cites 6.2 and not 9.4.
        Assert.True(school.Case("small-pedagogical-council").IsOpen);
        var kyrgyz = Assert.Single(school.MessagesTo("g1")).Text;
        Assert.EndsWith("себепсиз сабак калтыруулар (6.2).", kyrgyz, StringComparison.Ordinal);
        Assert.DoesNotContain("9.4", kyrgyz, StringComparison.Ordinal);
    }

    [Fact]
    public void Clause6_2_CouncilAfterFailedMeasures_Cites9_4AndNot6_2()
    {
        // Arrange: a 5.7 case whose measures failed (9.4).
        using var school = Kg97School.WithCase();
        school.FindCause("home_preparation");
        school.ParentCame();
        school.Complete("preventive_work", "done");
        school.MoveTo(new DateOnly(2026, 12, 1));

        // Act
        school.Complete("review", "failed");

        // Assert
        var russian = Assert.Single(school.MessagesTo("g2"), m => m.Template == "LowAchiever.CouncilInvitation").Text;
        Assert.EndsWith("принятые меры не дали результата (9.4).", russian, StringComparison.Ordinal);
        Assert.DoesNotContain("6.2", russian, StringComparison.Ordinal);
    }
}
