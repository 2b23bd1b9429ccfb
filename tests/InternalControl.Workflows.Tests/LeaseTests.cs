using System.Collections.Concurrent;
using InternalControl.Testing.Databases;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Outbox;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Workflows.Tests;

/// <summary>
/// Several workers on one database: due timers and unsent messages are leased (FOR UPDATE SKIP LOCKED on PostgreSQL),
/// so that each fires or goes once, and a dead worker's leases expire for another to take up.
/// </summary>
public sealed class LeaseTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Dispatch_TwoWorkersAtOnce_EachMessageGoesOnce(Backend backend)
    {
        // Arrange: 10 cases, 20 messages to parents; two workers dispatch at the same time.
        using var f = new WorkflowFixture(backend, pupils: 10);
        var a = f.Runtime();
        var b = f.Runtime();
        for (var i = 1; i <= 10; i++)
        {
            a.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(i), "5.7");
        }

        var sender = new CountingSender();

        // Act
        var results = new[] { a, b }.AsParallel().Select(r => r.Dispatch(sender)).ToList();

        // Assert
        var total = a.Outbox().Count;
        Assert.Equal(total, results.Sum(r => r.Sent));
        Assert.Equal(total, sender.Sent.Count);
        Assert.All(sender.Sent.Values, times => Assert.Equal(1, times));
        Assert.All(a.Outbox(), m => Assert.NotNull(m.SentAt));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tick_TimersLeasedByAWorkerThatDied_FireOnceTheLeaseHasExpired(Backend backend)
    {
        // Arrange: a worker leased every due timer and died before firing any.
        using var f = new WorkflowFixture(backend, pupils: 3);
        var runtime = f.Runtime();
        for (var i = 1; i <= 3; i++)
        {
            runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(i), "5.7");
        }

        f.SchoolDaysOn(12);
        var leasedUntil = f.Clock.GetUtcNow() + WorkflowRuntime.LeaseTime;
        LeaseEverything(f, leasedUntil);

        // Act
        var whileLeased = runtime.Tick();
        f.Clock.Advance(WorkflowRuntime.LeaseTime + TimeSpan.FromMinutes(1));
        var afterExpiry = runtime.Tick();

        // Assert: nothing while the lease held; afterwards a reminder and an escalation per case, once.
        Assert.Equal(0, whileLeased);
        Assert.True(afterExpiry > 0);
        var journal = Enumerable.Range(1, 3).SelectMany(i => runtime.Journal(i)).ToList();
        Assert.Equal(3, journal.Count(e => e.Kind == JournalKind.Reminded));
        Assert.Equal(3, journal.Count(e => e.Kind == JournalKind.Escalated));
    }

    private static void LeaseEverything(WorkflowFixture f, DateTimeOffset until)
    {
        using var connection = f.Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE wf_timers SET lease_until = @until WHERE status = 'pending'";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@until";
        parameter.Value = until.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        command.Parameters.Add(parameter);
        Assert.True(command.ExecuteNonQuery() > 0);
    }

    /// <summary>Counts how often each message reached it, from any thread.</summary>
    private sealed class CountingSender : INotificationSender
    {
        public ConcurrentDictionary<long, int> Sent { get; } = new();

        public bool Send(OutboxMessage message)
        {
            Sent.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
            return true;
        }
    }
}
