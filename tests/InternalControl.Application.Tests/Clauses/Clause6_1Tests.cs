using InternalControl.Application.Registers;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 6.1: the class teacher finds the cause out of the regulation's list, as soon as the case opens and beside
/// the subject teacher's 5.1-5.9 work (the 5.9 report needs it); one cause or several. The first cause in the
/// regulation's order decides what follows: absence -> 6.2, poor home preparation / low ability / unwillingness ->
/// 6.3, too little work in class / non-objective marking / too much homework / difficult material -> 6.4.
/// </summary>
public sealed class Clause6_1Tests
{
    [Theory]
    [InlineData("home_preparation", "call_parent")]
    [InlineData("low_ability", "call_parent")]
    [InlineData("unwillingness", "call_parent")]
    [InlineData("little_class_work", "talk_subject_teacher")]
    [InlineData("non_objective_marking", "talk_subject_teacher")]
    [InlineData("homework_volume", "talk_subject_teacher")]
    [InlineData("difficult_material", "talk_subject_teacher")]
    public void Clause6_1_Cause_RoutesToTheClassTeachersStepOf63To64(string cause, string step)
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        school.FindCause(cause);

        // Assert
        var task = school.Task(step);
        Assert.Equal(("class_teacher", Kg97School.ClassTeacher), (task.Role, task.Assignee));
        Assert.Equal([step], school.Case("low-achiever").CurrentSteps);
    }

    [Fact]
    public void Clause6_1_TheCaseOpens_TheClassTeacherFindsTheCauseBesideTheSubjectTeachersWork()
    {
        // Act
        using var school = Kg97School.WithCase();

        // Assert: both tasks are open on the first day, each with its owner.
        var tasks = school.Inbox().OrderBy(t => t.Step, StringComparer.Ordinal).Select(t => (t.Step, t.Assignee)).ToList();
        Assert.Equal([("find_cause", Kg97School.ClassTeacher), ("individual_work", Kg97School.MathsTeacher)], tasks);
    }

    [Fact]
    public void Clause6_1_CauseFoundFirst_TheCaseWaitsForTheSubjectTeachersWork()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        school.Complete("find_cause", "found", ("cause", "unwillingness"));

        // Assert: 6.3 begins only when 5.1-5.9 has brought no change.
        Assert.Equal(["individual_work"], school.Inbox().Select(t => t.Step));
        school.Complete("individual_work", "no_change");
        school.Complete("report_5_10", "filed");
        Assert.Equal(["call_parent"], school.Inbox().Select(t => t.Step));
    }

    [Fact]
    public void Clause6_1_SeveralCauses_AreRecordedAndTheFirstInTheRegulationsOrderRoutes()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act: the teacher ticks difficult material and unwillingness (in any order).
        school.FindCause("difficult_material, unwillingness");

        // Assert: both causes are kept, in the list's order; unwillingness (6.3) comes before difficult material (6.4).
        var entry = Assert.Single(school.Session.Registers.Entries(RegisterCodes.Conversation, Kg97School.Oct20, Kg97School.Oct20));
        Assert.Equal("unwillingness,difficult_material", entry.Fields["cause"]);
        Assert.Equal("call_parent", Assert.Single(school.Inbox()).Step);
    }

    [Fact]
    public void Clause6_1_ACauseNotInTheRegulationsList_IsRefused()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        var result = school.CompleteWith("find_cause", "found", new Dictionary<string, string> { ["cause"] = "unwillingness,laziness" });

        // Assert
        Assert.False(result.Ok);
        Assert.Contains("laziness", result.Message(Language.Ky), StringComparison.Ordinal);
    }

    [Fact]
    public void Clause6_1_TheFormHasNoTypedCountOfAbsences()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        var task = school.Task("find_cause");

        // Assert: several causes may be ticked; the absences are the journal's, counted by the 6.2 rules.
        Assert.Equal(FieldType.Choices, Assert.Single(task.Fields, f => f.Name == "cause").Type);
        Assert.DoesNotContain(task.Fields, f => f.Type == FieldType.Number);
    }

    [Fact]
    public void Clause6_1_CauseAbsence_TheParentIsToldThroughTheDiary()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        school.FindCause("absence");

        // Assert: 6.2 "1 or 2 times": the diary notice; conversations and the council come from the 6.2 rules.
        Assert.Contains(school.MessagesTo("g1"), m => m.Template == "LowAchiever.DiaryNotice");
        Assert.Empty(school.Inbox());
    }

    [Fact]
    public void Clause6_5_FindingTheCause_IsWrittenToTheConversationsRegister()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        school.FindCause("unwillingness");

        // Assert: 6.5, the register of conversations with pupils, with the cause the class teacher recorded.
        var entry = Assert.Single(school.Session.Registers.Entries(RegisterCodes.Conversation, Kg97School.Oct20, Kg97School.Oct20));
        Assert.Equal((Kg97School.ClassTeacher, "unwillingness"), (entry.Actor, entry.Fields["cause"]));
    }
}
