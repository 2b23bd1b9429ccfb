using InternalControl.Application.Registers;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 6.1: the class teacher finds the cause out of the regulation's list; the cause decides what
/// follows: absence -> 6.2, poor home preparation / low ability / unwillingness -> 6.3, too little work in
/// class / non-objective marking / too much homework / difficult material -> 6.4.
/// </summary>
public sealed class Clause6_1Tests
{
    [Theory]
    [InlineData("home_preparation", 0, "preventive_work")]
    [InlineData("low_ability", 0, "preventive_work")]
    [InlineData("unwillingness", 0, "preventive_work")]
    [InlineData("little_class_work", 0, "talk_subject_teacher")]
    [InlineData("non_objective_marking", 0, "talk_subject_teacher")]
    [InlineData("homework_volume", 0, "talk_subject_teacher")]
    [InlineData("difficult_material", 0, "talk_subject_teacher")]
    [InlineData("absence", 3, "parent_conversation")]
    public void Clause6_1_Cause_RoutesToTheClassTeachersStepOf62To64(string cause, int absences, string step)
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        school.FindCause(cause, absences);

        // Assert
        var task = school.Task(step);
        Assert.Equal(("class_teacher", Kg97School.ClassTeacher), (task.Role, task.Assignee));
        Assert.Equal([step], school.Case("low-achiever").CurrentSteps);
    }

    [Fact]
    public void Clause6_1_AbsenceSystematically_RoutesToTheSmallPedagogicalCouncil()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act
        school.FindCause("absence", 7);

        // Assert: 6.2 "системалуу түрдө": the deputy director holds the council.
        var task = school.Task("council_meeting");
        Assert.Equal(("deputy_director", Kg97School.Deputy), (task.Role, task.Assignee));
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
