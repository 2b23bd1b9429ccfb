using InternalControl.Testing.Databases;
using InternalControl.Workflows.Tests;

namespace InternalControl.Workflows.Tests.Notices;

/// <summary>A rule's notice is a message in the outbox, not a case: no case lists or counts it, and it goes once per key.</summary>
public sealed class RuleNoticeTests
{
    private const string Rule = "6.2 one or two unexcused absences";
    private const string Text = "Policy.Kg.UnexcusedDiary";

    [Theory]
    [ClassData(typeof(Backends))]
    public void Notice_FirstTime_PutsAMessageInTheOutboxWithNoCase(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();

        // Act
        var sent = runtime.Notice(Rule, "class_teacher", Text, WorkflowFixture.Pupil(1));

        // Assert: one message to the class teacher, naming the notice and no case; no case at all.
        Assert.True(sent.Ok && sent.Created);
        var message = Assert.Single(runtime.Outbox());
        Assert.Equal((Some.ClassTeacher, (long?)null, (long?)sent.NoticeId), (message.RecipientId, message.CaseId, message.NoticeId));
        Assert.Empty(runtime.Cases());
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Notice_SameKeyAgain_SendsNothingMore(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var first = runtime.Notice(Rule, "parents", Text, WorkflowFixture.Pupil(1));

        // Act
        var second = runtime.Notice(Rule, "parents", Text, WorkflowFixture.Pupil(1));

        // Assert: both parents have it once; the second run finds the first notice.
        Assert.Equal((true, false, first.NoticeId), (first.Created, second.Created, second.NoticeId));
        Assert.Equal(["FP1", "MP1"], runtime.Outbox().Select(m => m.RecipientId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Notice_UnknownRole_IsRefusedAndWritesNothing()
    {
        // Arrange
        using var f = new WorkflowFixture();
        var runtime = f.Runtime();

        // Act
        var sent = runtime.Notice(Rule, "janitor", Text, WorkflowFixture.Pupil(1));

        // Assert
        Assert.False(sent.Ok);
        Assert.Empty(runtime.Outbox());
    }

    [Fact]
    public void Acknowledge_NoticeMessage_IsAcceptedOnceForItsRecipient()
    {
        // Arrange
        using var f = new WorkflowFixture();
        var runtime = f.Runtime();
        runtime.Notice(Rule, "class_teacher", Text, WorkflowFixture.Pupil(1));
        var message = Assert.Single(runtime.Outbox());

        // Act
        var read = runtime.Acknowledge(message.Id, Some.ClassTeacher);
        var stranger = runtime.Acknowledge(message.Id, Some.OtherTeacher);

        // Assert
        Assert.True(read.Ok);
        Assert.False(stranger.Ok);
    }
}
