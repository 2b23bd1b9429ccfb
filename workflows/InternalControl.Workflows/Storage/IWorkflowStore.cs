using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Notices;
using InternalControl.Workflows.Outbox;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;
using InternalControl.Workflows.Timers;

namespace InternalControl.Workflows.Storage;

/// <summary>
/// The workflow runtime's tables (cases, tasks, timers, journal, outbox, stored definitions) behind one seam: the
/// runtime and its case machine hold no SQL, and a second database implements this. A transition is written by
/// <see cref="Write"/> inside a transaction from <see cref="Begin"/>; the case row's version check makes a second
/// writer of the same case fail instead of overwriting. Reads given a transaction see what it wrote.
/// </summary>
internal interface IWorkflowStore : IDisposable
{
    /// <summary>Begins a transition's write transaction; writers queue on it.</summary>
    IWorkflowTransaction Begin();

    /// <summary>A case by id, or null.</summary>
    CaseState? LoadCase(long id, IWorkflowTransaction? tx = null);

    /// <summary>The school's cases, newest first, with one read.</summary>
    IReadOnlyList<CaseState> Cases(long schoolId, bool openOnly);

    /// <summary>The open case of a key, if any.</summary>
    long? FindOpenCase(long schoolId, string workflow, string key, IWorkflowTransaction? tx = null);

    /// <summary>The latest closed case of a key, if any.</summary>
    ClosedCase? FindClosedCase(long schoolId, string workflow, string key, IWorkflowTransaction? tx = null);

    /// <summary>
    /// Inserts a new case as its first transition left it (state, status, journal position) and sets its id and row
    /// version. False, and nothing inserted, when the key already has an open case (another process opened it first).
    /// </summary>
    bool InsertCase(IWorkflowTransaction tx, CaseState state);

    /// <summary>Links a sub-case found open to the parent that waits for it, unless it already has one.</summary>
    void LinkParent(IWorkflowTransaction tx, long caseId, long parentId, int parentToken);

    /// <summary>Writes the case and its transition; false (and nothing written) when another writer changed the case first.</summary>
    bool Write(IWorkflowTransaction tx, CaseState state, Transition transition, string now);

    /// <summary>Writes what a transition caused, after its case row (updated or just inserted).</summary>
    void WriteEffects(IWorkflowTransaction tx, CaseState state, Transition transition, string now);

    /// <summary>A task by id, or null.</summary>
    TaskRecord? LoadTask(long id, IWorkflowTransaction? tx = null);

    /// <summary>The task of a case's token, or null.</summary>
    TaskRecord? LoadTask(long caseId, int token, IWorkflowTransaction? tx = null);

    /// <summary>The school's tasks that match the query, oldest due first.</summary>
    IReadOnlyList<TaskListing> Tasks(long schoolId, TaskQuery query);

    /// <summary>The keys (id, pupil's class, subject, workflow) of the school's tasks that match the query, oldest due first.</summary>
    IReadOnlyList<TaskKey> TaskKeys(long schoolId, TaskQuery query);

    /// <summary>The timer, if it is still pending (another process may have fired it since it was listed).</summary>
    TimerRecord? LoadTimer(TimerRecord timer);

    /// <summary>The school's pending timers of one kind due from <paramref name="from"/> up to, not including, <paramref name="until"/> (ISO days), by due day.</summary>
    IReadOnlyList<TimerRecord> PendingTimers(long schoolId, string kind, string from, string until);

    /// <summary>
    /// Leases pending timers of the school due on or before <paramref name="today"/> (of one kind when given) for this
    /// worker until <paramref name="leaseUntil"/>: only timers no other worker holds a live lease on (as of
    /// <paramref name="now"/>), so that each is taken by one worker; oldest first. The worker's own leases count as free.
    /// </summary>
    IReadOnlyList<TimerRecord> LeaseDueTimers(long schoolId, string today, string? kind, int limit, string worker, string now, string leaseUntil);

    /// <summary>The school's messages that failed on every channel, oldest first.</summary>
    IReadOnlyList<OutboxMessage> FailedMessages(long schoolId);

    /// <summary>Leases unsent messages for this worker, as <see cref="LeaseDueTimers"/> does timers; oldest first.</summary>
    IReadOnlyList<OutboxMessage> LeaseUnsent(long schoolId, int limit, string worker, string now, string leaseUntil);

    /// <summary>Gives back the leases of messages still unsent, so that the next dispatch takes them again.</summary>
    void ReleaseLeases(IReadOnlyList<long> messageIds);

    /// <summary>A case's journal, in order.</summary>
    IReadOnlyList<JournalEntry> Journal(long schoolId, long caseId);

    /// <summary>The day of the school's latest journal entry, or null when its journal is empty.</summary>
    DateOnly? LatestJournalDay(long schoolId);

    /// <summary>The school's completed tasks that name <paramref name="register"/>, between two days (ISO, inclusive), in day order.</summary>
    IReadOnlyList<RegisterRecord> RegisterRecords(long schoolId, string register, string fromDay, string toDay);

    /// <summary>The school's outbox messages, oldest first (unsent only when asked).</summary>
    IReadOnlyList<OutboxMessage> Outbox(long schoolId, bool unsentOnly);

    /// <summary>Counts a delivery attempt of a message, and marks it sent at <paramref name="now"/> when it went.</summary>
    void MarkDispatched(long messageId, bool sent, string now);

    /// <summary>One message of the school, or null.</summary>
    OutboxMessage? Message(long schoolId, long messageId);

    /// <summary>
    /// Leases to <paramref name="worker"/> until <paramref name="leaseUntil"/> the pending messages whose next try is due at <paramref name="nowUtc"/>
    /// (UTC, ISO 8601) and whose lease is free, expired or its own (SKIP LOCKED on PostgreSQL), the sign-in links people asked for first (they are waiting), then oldest first, at most <paramref name="limit"/>;
    /// recording a try releases the lease.
    /// </summary>
    IReadOnlyList<OutboxMessage> DueMessages(long schoolId, string nowUtc, int limit, string worker, string leaseUntil);

    /// <summary>Writes a message's delivery state after a try or a hold.</summary>
    void UpdateDelivery(long messageId, DeliveryUpdate update);

    /// <summary>
    /// Takes one try of <paramref name="channel"/> in the minute that starts at <paramref name="windowStart"/> (UTC, ISO 8601), if
    /// fewer than <paramref name="limit"/> were taken in it by any school or process; false when the minute's tries are used up.
    /// </summary>
    bool TakeChannelTry(string channel, string windowStart, int limit);

    /// <summary>Deletes every channel's counts of the minutes before <paramref name="beforeWindowStart"/> (UTC, ISO 8601): once per delivery run, not per try.</summary>
    void ForgetChannelWindows(string beforeWindowStart);

    /// <summary>Puts a failed message back to pending, from the recipient's first channel; false when it is not a failed message of the school.</summary>
    bool Retry(long schoolId, long messageId);

    /// <summary>The rule notice of a key, if this school has sent it.</summary>
    long? FindNotice(long schoolId, string key, IWorkflowTransaction? tx = null);

    /// <summary>
    /// Keeps a rule's notice and puts its messages in the outbox, naming the notice; its id, or null (and nothing
    /// written) when the key already has a notice (another process sent it first).
    /// </summary>
    long? InsertNotice(IWorkflowTransaction tx, NoticeWrite notice, IReadOnlyList<OutboxWrite> messages, string now);

    /// <summary>
    /// Keeps a message of no case and no rule (a sign-in link) as a notice of its own and puts it in the outbox, starting on
    /// <paramref name="channel"/> when given; the message's id.
    /// </summary>
    long InsertDirectMessage(IWorkflowTransaction tx, NoticeWrite notice, OutboxWrite message, string? channel, string now);

    /// <summary>Keeps the token of a sign-in link on its way, for the sender to fill in until <paramref name="expiresAt"/>.</summary>
    void InsertLinkSecret(IWorkflowTransaction tx, long schoolId, long outboxId, string secret, string expiresAt);

    /// <summary>The token of a sign-in link on its way, or null when it was forgotten or has expired.</summary>
    string? LinkSecret(long schoolId, long outboxId, string now);

    /// <summary>Forgets the token of a message (delivered, or failed for good).</summary>
    void ForgetLinkSecret(long outboxId);

    /// <summary>Forgets every token whose link has expired.</summary>
    void ForgetExpiredLinkSecrets(string now);

    /// <summary>The messages of cases and rules to one person, newest first, with whether each was acknowledged; sign-in links left out.</summary>
    IReadOnlyList<ReceivedMessage> MessagesTo(long schoolId, string recipientKind, string recipientId);

    /// <summary>Marks a notice's message read at <paramref name="now"/>; false when it is not an unread notice message of the school.</summary>
    bool MarkRead(long schoolId, long messageId, string now);

    /// <summary>Keeps a definition's policy text with the school, once per name, version and hash.</summary>
    void SaveDefinition(long schoolId, WorkflowDefinition definition);

    /// <summary>The stored policy text of a definition version, or null.</summary>
    string? DefinitionSource(long schoolId, string name, int version, string hash);
}
