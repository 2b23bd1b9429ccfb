using InternalControl.Application.Registers;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 8.1: a parent must come to school when the teacher or the class teacher calls ("чакырганда мектепке
/// келүүгө милдеттүү"): each call is recorded with its date, its channel and whether the parent came, and "the parent
/// refuses their duties" (6.3) is accepted only with the number of calls the policy asks for (parent_calls_min, 3).
/// 8.6: the materials then go to the commission on children's affairs; which materials, when and by whom is recorded,
/// and the pupil stays under follow-up.
/// </summary>
public sealed class Clause8Tests
{
    /// <summary>20 school days after Tuesday 20 October, the autumn vacation not counted.</summary>
    private static readonly DateOnly ReviewDay = new(2026, 11, 20);

    [Fact]
    public void Clause8_1_ACall_IsRecordedWithItsDateChannelAndWhetherTheParentCame()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.FindCause("unwillingness");

        // Act
        var result = school.Complete("call_parent", "call_again", ("call_date", "2026-10-19"), ("channel", "phone"), ("parent_came", "no"));

        // Assert: one line of the calls register, and the class teacher calls again.
        Assert.True(result.Ok, result.Message(Language.En));
        var entry = Assert.Single(school.Session.Registers.Entries(RegisterCodes.ParentCall, Kg97School.Oct20, Kg97School.Oct20));
        Assert.Equal(("2026-10-19", "phone", "no", Kg97School.ClassTeacher), (entry.Fields["call_date"], entry.Fields["channel"], entry.Fields["parent_came"], entry.Actor));
        Assert.Equal(Kg97School.ClassTeacher, school.Task("call_parent").Assignee);
    }

    [Fact]
    public void Clause8_1_RefusalAtTheSecondCall_IsRefusedInTheTeachersLanguageAndChangesNothing()
    {
        // Arrange: one call the parent did not come to.
        using var school = Kg97School.WithCase();
        school.FindCause("low_ability");
        school.Complete("call_parent", "call_again", ("parent_came", "no"));

        // Act: the second call, and the class teacher records a refusal.
        var result = school.Complete("call_parent", "parent_refuses", ("parent_came", "no"));

        // Assert: IC2420 names the outcome, the step, the three calls and this one's number, in Kyrgyz; nothing moved.
        Assert.False(result.Ok);
        Assert.Equal("IC2420", result.Error!.Code);
        Assert.Equal(
            "«ата-эне милдеттерин аткаруудан баш тартат» натыйжасын «Ата-энени мектепке чакыруу (8.1)» 3 жолу аткарылганда тандоого болот (ушул жолку да эсептелет); азыр 2-жолу.",
            result.Message(Language.Ky));
        Assert.Single(school.Session.Registers.Entries(RegisterCodes.ParentCall, Kg97School.Oct20, Kg97School.Oct20));
        Assert.Equal("call_parent", Assert.Single(school.Inbox()).Step);
    }

    [Fact]
    public void Clause8_1_ACallTheParentCameTo_IsNotARefusal()
    {
        // Arrange: two calls the parent did not come to.
        using var school = Kg97School.WithCase();
        school.FindCause("home_preparation");
        school.Complete("call_parent", "call_again", ("parent_came", "no"));
        school.Complete("call_parent", "call_again", ("parent_came", "no"));

        // Act: the third call, the parent came, and "refuses" is chosen.
        var result = school.Complete("call_parent", "parent_refuses", ("parent_came", "yes"));

        // Assert: IC2421 points at the field.
        Assert.Equal("IC2421", result.Error!.Code);
        Assert.Contains("Родитель пришёл", result.Message(Language.Ru), StringComparison.Ordinal);
        Assert.DoesNotContain(school.Inbox(), t => t.Step == "administration");
    }

    [Fact]
    public void Clause8_6_MaterialsSent_AreRecordedAndThePupilStaysUnderFollowUp()
    {
        // Arrange: the refusal after three calls; the deputy director decides on the commission.
        using var school = Kg97School.WithCase();
        school.FindCause("unwillingness");
        school.ParentRefusesAfterCalls();
        school.Complete("administration", "commission", ("decision", "материалдарды комиссияга жөнөтүү"));

        // Act
        var result = school.Complete("commission", "materials_sent", ("materials", "report_5_9,parent_calls"), ("sent_date", "2026-10-20"));

        // Assert: which materials, when and by whom; the case stays open and the review of 9.4 follows.
        Assert.True(result.Ok, result.Message(Language.En));
        var entry = Assert.Single(school.Session.Registers.Entries(RegisterCodes.CommissionReferral, Kg97School.Oct20, Kg97School.Oct20));
        Assert.Equal(("report_5_9,parent_calls", "2026-10-20", Kg97School.Deputy), (entry.Fields["materials"], entry.Fields["sent_date"], entry.Actor));
        var open = school.Case("low-achiever");
        Assert.True(open.IsOpen);
        Assert.Equal(["review_wait"], open.CurrentSteps);
        school.MoveTo(ReviewDay);
        Assert.Equal(Kg97School.MathsTeacher, school.Task("review").Assignee);
    }

    [Fact]
    public void Clause8_6_SendingWithoutNamingTheMaterials_IsRefused()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.FindCause("unwillingness");
        school.ParentRefusesAfterCalls();
        school.Complete("administration", "commission");

        // Act
        var result = school.CompleteWith("commission", "materials_sent", new Dictionary<string, string> { ["sent_date"] = "2026-10-20" });

        // Assert
        Assert.False(result.Ok);
        Assert.True(school.Case("low-achiever").IsOpen);
        Assert.Empty(school.Session.Registers.Entries(RegisterCodes.CommissionReferral, Kg97School.Oct20, Kg97School.Oct20));
    }

    [Fact]
    public void Clause8_6_AbsencesSentToTheCommission_TheClassTeacherChecksAttendanceAgain()
    {
        // Arrange: three unexcused days (6.2 "several"), a parent who does not come to three calls.
        using var school = new Kg97School(Kg97School.Oct20, absences: ["p1,2026-10-05,6,none,", "p1,2026-10-06,6,none,", "p1,2026-10-07,6,none,"]);
        school.Evaluate();
        school.ParentRefusesAfterCalls();
        school.Complete("administration", "commission");

        // Act
        school.Complete("commission", "materials_sent", ("materials", "parent_calls"));
        school.MoveTo(ReviewDay);

        // Assert: the case is not closed by the sending; twenty school days later the class teacher checks again.
        Assert.True(school.Case("parent-conversation").IsOpen);
        Assert.Equal(Kg97School.ClassTeacher, school.Task("follow_up").Assignee);
    }
}
