using InternalControl.Application.Registers;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 6.2: an absence without a document is unexcused; "1 or 2 times" the class teacher writes it in the
/// diary and so informs the parent, "several times" a conversation with the parent, "systematically" the
/// small pedagogical council. Both ways in: the nightly rules over absences.csv, and the cause the class
/// teacher records in a 5.7 case (6.1).
/// </summary>
public sealed class Clause6_2Tests
{
    [Fact]
    public void Clause6_2_TwoUnexcusedDays_TheClassTeacherIsToldToWriteTheDiary()
    {
        // Arrange
        using var school = new Kg97School(Kg97School.Oct20, absences: ["p1,2026-10-05,6,none,", "p1,2026-10-06,6,none,"]);

        // Act
        var run = school.Evaluate();

        // Assert: a notice, no case.
        var notice = Assert.Single(run.Result!.Notifications);
        Assert.Equal(("class_teacher", "p1"), (notice.Role, notice.PupilId));
        Assert.Equal(
            "Асанов Эмир Жыргалбекович (7А): 6.2: окуучу сабакты себепсиз калтырды. Муну күндөлүккө жазып, ата-энеге билдириңиз.",
            Assert.Single(school.MessagesTo(Kg97School.ClassTeacher)).Text);
        Assert.Empty(school.Runtime.Cases());
    }

    [Fact]
    public void Clause6_2_TwoUnexcusedDays_TheNoticeIsAMessageOfNoCase()
    {
        // Arrange
        using var school = new Kg97School(Kg97School.Oct20, absences: ["p1,2026-10-05,6,none,", "p1,2026-10-06,6,none,"]);

        // Act
        school.Evaluate();

        // Assert: 6.2 "1 or 2 times": the class teacher's message names the rule's notice, and no case, open or closed, exists.
        var message = Assert.Single(school.MessagesTo(Kg97School.ClassTeacher));
        Assert.Equal((null, true), (message.CaseId, message.NoticeId is not null));
        Assert.Empty(school.Runtime.Cases(openOnly: false));
        Assert.Empty(school.Runtime.Cases(openOnly: true));
    }

    [Fact]
    public void Clause6_2_TwoUnexcusedDays_TheNextNightsRunDoesNotTellTheClassTeacherAgain()
    {
        // Arrange
        using var school = new Kg97School(Kg97School.Oct20, absences: ["p1,2026-10-05,6,none,", "p1,2026-10-06,6,none,"]);
        var first = school.Evaluate();

        // Act
        var second = school.Evaluate();

        // Assert: one notice in the outbox, however often the rules run in the quarter.
        Assert.Equal((1, 0), (first.NoticesSent, second.NoticesSent));
        Assert.Single(school.MessagesTo(Kg97School.ClassTeacher));
    }

    [Fact]
    public void Clause6_2_ThreeUnexcusedDays_OpenTheConversationWithTheParent()
    {
        // Arrange
        using var school = new Kg97School(Kg97School.Oct20, absences: ["p1,2026-10-05,6,none,", "p1,2026-10-06,6,none,", "p1,2026-10-07,6,none,"]);

        // Act
        school.Evaluate();

        // Assert: "бир нече жолу": the class teacher calls the parent to talk within 5 school days (8.1).
        Assert.True(school.Case("parent-conversation").IsOpen);
        var task = school.Task("call_parent");
        Assert.Equal(("class_teacher", Kg97School.ClassTeacher, new DateOnly(2026, 10, 27)), (task.Role, task.Assignee, task.Due));
    }

    [Fact]
    public void Clause6_2_ConversationHeld_IsWrittenToTheRegisterOfTalksWithParents()
    {
        // Arrange
        using var school = new Kg97School(Kg97School.Oct20, absences: ["p1,2026-10-05,6,none,", "p1,2026-10-06,6,none,", "p1,2026-10-07,6,none,"]);
        school.Evaluate();
        school.ParentCame();

        // Act
        school.Complete("talk", "held", ("purpose", "сабак калтыруу"), ("decision", "ата-эне көзөмөлдөйт"));

        // Assert: 6.5, the register of talks with parents (date, purpose, decision), not home visits; the case ends "held".
        Assert.Empty(school.Session.Registers.Entries(RegisterCodes.HomeVisit, Kg97School.Oct20, Kg97School.Oct20));
        var entry = Assert.Single(school.Session.Registers.Entries(RegisterCodes.ParentTalk, Kg97School.Oct20, Kg97School.Oct20));
        Assert.Equal(("сабак калтыруу", "ата-эне көзөмөлдөйт"), (entry.Fields["purpose"], entry.Fields["decision"]));
        Assert.Equal("held", school.Case("parent-conversation").Result);
    }

    [Fact]
    public void Clause6_2_FiveUnexcusedDays_GoToTheSmallPedagogicalCouncil()
    {
        // Arrange
        using var school = new Kg97School(
            Kg97School.Oct20,
            absences: ["p1,2026-10-05,6,none,", "p1,2026-10-06,6,none,", "p1,2026-10-07,6,none,", "p1,2026-10-08,6,none,", "p1,2026-10-09,6,none,"]);

        // Act
        school.Evaluate();

        // Assert: "системалуу түрдө": the deputy director holds the council, both parents are invited in their languages.
        Assert.Equal(("meeting", Kg97School.Deputy), (school.Task("meeting").Step, school.Task("meeting").Assignee));
        Assert.Contains("кичи педкеңешке чакырабыз", Assert.Single(school.MessagesTo("g1")).Text, StringComparison.Ordinal);
        Assert.Equal(
            "Приглашаем вас на малый педсовет о дальнейшем обучении обучающегося Асанов Эмир Жыргалбекович (7А): пропуски без уважительной причины (6.2).",
            Assert.Single(school.MessagesTo("g2")).Text);
        Assert.DoesNotContain(school.Runtime.Cases(), c => c.Workflow == "parent-conversation");
    }

    [Fact]
    public void Clause6_2_ADoctorsCertificate_ExcusesEveryDay()
    {
        // Arrange
        using var school = new Kg97School(Kg97School.Oct20, absences: ["p1,2026-10-05,6,medical,№110", "p1,2026-10-06,6,medical,№110", "p1,2026-10-07,6,medical,№110", "p1,2026-10-08,6,medical,№110"]);

        // Act
        var run = school.Evaluate();

        // Assert
        Assert.Empty(run.Result!.Notifications);
        Assert.Empty(school.Runtime.Cases());
    }

    [Fact]
    public void Clause6_2_CauseAbsenceOnceOrTwice_SendsTheDiaryNoticeToTheParents()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        var before = school.MessagesTo("g1").Count;

        // Act
        school.FindCause("absence");

        // Assert: no task; the parents read the notice, the case waits for the review (9.4).
        var notice = school.MessagesTo("g1").Skip(before).Single();
        Assert.Equal("Асанов Эмир Жыргалбекович сабакка себепсиз катышкан жок. Класс жетекчи бул тууралуу күндөлүккө жазды; карап чыгууңузду суранабыз.", notice.Text);
        Assert.Contains(school.MessagesTo("g2"), m => m.Template == "LowAchiever.DiaryNotice" && m.Text.StartsWith("Асанов Эмир Жыргалбекович пропустил(а) уроки без уважительной причины.", StringComparison.Ordinal));
        Assert.Equal(["review_wait"], school.Case("low-achiever").CurrentSteps);
    }
}
