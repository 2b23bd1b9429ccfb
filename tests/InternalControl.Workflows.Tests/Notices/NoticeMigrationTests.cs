using InternalControl.Testing.Databases;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tests;

namespace InternalControl.Workflows.Tests.Notices;

/// <summary>
/// Migration 2201 on a database of the schema before it (2007), which kept a rule's notice as a closed case of a
/// workflow <c>notice</c>: the notice moves to its own row, its message names it, and the case is gone.
/// </summary>
public sealed class NoticeMigrationTests
{
    private const string OldNotice = """
        INSERT INTO schools (name, country, languages, rural, year) VALUES ('School 97', 'kg', 'ky,ru', FALSE, '2026-2027');
        INSERT INTO wf_cases (school_id, workflow, version, hash, case_key, pupil_id, subject_id, term, status, result, state, next_seq,
            row_version, started_by, started_at, closed_at)
        VALUES (1, 'notice', 1, '', 'rule=6.2 one or two unexcused absences;message=Policy.Kg.UnexcusedDiary;pupil=P1;subject=;term=2026-2027/1',
            'P1', NULL, '2026-2027/1', 'closed', 'sent', '{}', 3, 1, '6.2 one or two unexcused absences', '2026-09-20T09:00:00.0000000+00:00',
            '2026-09-20T09:00:00.0000000+00:00');
        INSERT INTO wf_journal (school_id, case_id, seq, at, day, kind, step, actor, detail)
        VALUES (1, 1, 1, '2026-09-20T09:00:00.0000000+00:00', '2026-09-20', 'Notified', 'notice', '6.2 one or two unexcused absences', 'Policy.Kg.UnexcusedDiary'),
            (1, 1, 2, '2026-09-20T09:00:00.0000000+00:00', '2026-09-20', 'Ended', NULL, '6.2 one or two unexcused absences', 'sent');
        INSERT INTO wf_outbox (school_id, case_id, seq, recipient_kind, recipient_id, language, template, text, created_at, sent_at, attempts, state)
        VALUES (1, 1, 1, 'staff', 'T1', 'ky', 'Policy.Kg.UnexcusedDiary', 'old text', '2026-09-20T09:00:00.0000000+00:00',
            '2026-09-20T09:05:00.0000000+00:00', 1, 'sent');
        """;

    [Theory]
    [ClassData(typeof(Backends))]
    public void Migrate2201_OldNoticeCase_BecomesANoticeWithItsSentMessage(Backend backend)
    {
        // Arrange + Act: an old database with one notice case, opened by this release.
        using var f = new WorkflowFixture(backend, before: target => OldSchema.Prepare(target, 2007, OldNotice, typeof(WorkflowRuntime).Assembly));
        var runtime = f.Runtime();

        // Assert: no case; the message is still there, sent, naming a notice and no case.
        Assert.Empty(runtime.Cases());
        var message = Assert.Single(runtime.Outbox());
        Assert.Equal(
            ("T1", "old text", (long?)null, true, Workflows.Outbox.DeliveryState.Sent),
            (message.RecipientId, message.Text, message.CaseId, message.NoticeId is not null, message.State));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Migrate2201_OldNoticeCase_KeepsItsKeySoTheRuleDoesNotSendItAgain(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend, before: target => OldSchema.Prepare(target, 2007, OldNotice, typeof(WorkflowRuntime).Assembly));
        var runtime = f.Runtime();
        var moved = Assert.Single(runtime.Outbox()).NoticeId;

        // Act: the same rule fires again for the same pupil and term.
        var again = runtime.Notice("6.2 one or two unexcused absences", "class_teacher", "Policy.Kg.UnexcusedDiary", new("P1", null, "2026-2027/1"));

        // Assert
        Assert.Equal((false, moved), (again.Created, (long?)again.NoticeId));
        Assert.Single(runtime.Outbox());
    }
}
