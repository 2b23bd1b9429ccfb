using InternalControl.Storage.Contacts;
using InternalControl.Testing.Databases;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Outbox;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Workflows.Tests.Delivery;

/// <summary>A school whose notice workflow writes one message to the class teacher and one to each parent of pupil 1 (MP1, FP1).</summary>
internal sealed class DeliveryFixture : IDisposable
{
    public DeliveryFixture(DateTimeOffset? now = null, Backend backend = Backend.Sqlite)
    {
        Workflow = new WorkflowFixture(backend, now: now);
        Definition = new WorkflowBuilder("notice").Key("pupil", "subject", "term")
            .Notify("start", "LowAchiever.Started", "done", WorkflowRole.ClassTeacher, WorkflowRole.Parents)
            .End("done", "done")
            .BuildOrThrow();
        Runtime = Workflow.Runtime(Definition);
    }

    /// <summary>The notice workflow, for a second runtime (another worker) on the same database.</summary>
    public WorkflowDefinition Definition { get; }

    public WorkflowFixture Workflow { get; }

    public WorkflowRuntime Runtime { get; }

    public long SchoolId => Runtime.SchoolId;

    /// <summary>Starts the notice for pupil 1: three messages.</summary>
    public void Notify(int pupil = 1) => Runtime.Start("notice", WorkflowFixture.Pupil(pupil), "test");

    public void Contacts(params Contact[] contacts) => Workflow.Database.Contacts.Save(SchoolId, contacts);

    public OutboxMessage MessageTo(string recipient) => Assert.Single(Runtime.Outbox(), m => m.RecipientId == recipient);

    public static DeliveryOptions Options(int maxTries = 2, QuietHours? quiet = null, int seed = 7) =>
        new(maxTries, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), new Random(seed), quiet);

    public Task<DeliveryReport> Deliver(DeliveryOptions options, params IDeliveryChannel[] channels) => Runtime.DeliverAsync(channels, options);

    public void Dispose() => Workflow.Dispose();
}
