using InternalControl.Kernel.Diagnostics;
using InternalControl.Storage.Database;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Storage;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// The durable workflow runtime of one school: starts cases, runs their steps, keeps the task inbox,
/// fires timers, fills the outbox and the journal. Every transition is one write transaction of its store
/// (<see cref="IWorkflowStore"/>, SQLite here) that reads the case and writes it back with a check of its row version,
/// so several processes may run over one database: they queue on the write lock, and one that still finds the case
/// changed reloads it and tries again. One instance holds one connection and is not thread-safe; use one per thread or process.
/// </summary>
public sealed partial class WorkflowRuntime : IDisposable
{
    private const int MaxAttempts = 20;
    private readonly WorkflowRuntimeOptions _options;
    private readonly RoleResolver _people;
    private readonly IWorkflowStore _store;

    private WorkflowRuntime(WorkflowRuntimeOptions options)
    {
        _options = options;
        _people = RoleResolver.For(options.School);
        _store = SqlWorkflowStore.Open(options.Database);
    }

    /// <summary>The school whose cases this runtime runs.</summary>
    public long SchoolId => _options.School.School.Id;

    /// <summary>The definitions, every version.</summary>
    public WorkflowCatalog Definitions => _options.Definitions;

    /// <summary>How many transitions lost a race and were retried (for tests and the benchmark).</summary>
    public int Conflicts { get; private set; }

    /// <summary>Opens a runtime; the database must have been opened with this assembly's migrations.</summary>
    public static WorkflowRuntime Open(WorkflowRuntimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new WorkflowRuntime(options);
    }

    public void Dispose() => _store.Dispose();

    /// <summary>
    /// Begins a write transaction on the runtime's connection that makes several writes one unit: until it ends, each
    /// command of this runtime (<see cref="Complete"/>, <see cref="Start"/>, <see cref="Comment"/>, a tick) runs in it as
    /// a savepoint of its own, and a store of the same database writes in it when given it (the scores a task was done
    /// with). Nothing is kept unless it commits: disposing it uncommitted, after a refusal or a failed write, rolls back
    /// every command run in it. On SQLite it holds the database's write lock until it ends, so the unit should be short
    /// and should write through this transaction only (a write on another connection would wait for the lock).
    /// </summary>
    public WriteTransaction BeginTransaction()
    {
        // Outside the unit, as before any first transition: a rollback of the unit must not take them back while this
        // runtime believes them stored.
        StoreDefinitions();
        return _store.Begin().Write;
    }

    private RuntimeContext Context() => new(_people, _options.Calendar, _options.Definitions, _options.Clock.GetLocalNow());

    /// <summary>
    /// Runs one command on a case in one write transaction: load it, let <paramref name="act"/> check and apply
    /// the event, write the transition. A stale row version reloads and repeats; a refusal writes nothing.
    /// <paramref name="act"/> returns null to proceed, <see cref="Skip"/> to write nothing, or a refusal.
    /// </summary>
    private WorkflowResult Advance(long caseId, string actor, Func<CaseState, CaseMachine, Diagnostic?> act)
    {
        using var activity = WorkflowTelemetry.Source.StartActivity("ic.transition");
        StoreDefinitions();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            // Read and write in one transaction: the reads cost no read transactions of their own, and the case
            // cannot change between them. Returning before the commit rolls back, which writes nothing.
            using var tx = _store.Begin();
            var state = _store.LoadCase(caseId, tx);
            if (state is null || state.SchoolId != SchoolId)
            {
                return WorkflowResult.Refuse("Workflows.Error.CaseNotFound", caseId);
            }

            var definition = Definition(state.Workflow, state.Version, state.Hash);
            if (definition is null)
            {
                return WorkflowResult.Refuse("Workflows.Error.DefinitionMissing", state.Workflow, state.Version);
            }

            var context = Context();
            var machine = new CaseMachine(definition, state, context, actor);
            var refusal = act(state, machine);
            if (ReferenceEquals(refusal, Skip))
            {
                return WorkflowResult.Success;
            }

            if (refusal is not null)
            {
                return new WorkflowResult(refusal);
            }

            if (!_store.Write(tx, state, machine.Effects, context.NowText))
            {
                tx.Rollback();
                Conflicts++;
                continue;
            }

            StartSubCases(tx, state, machine.Effects, actor, context);
            tx.Commit();
            WorkflowTelemetry.Transition(activity, state.Workflow, caseId);
            NoteSubCases(machine.Effects);
            FireSubCaseSignals();

            return WorkflowResult.Success;
        }

        return WorkflowResult.Refuse("Workflows.Error.Busy", caseId);
    }

    /// <summary>Set when a transition started a sub-case or ended one: its parent may have a signal to hear at once.</summary>
    private bool _subCaseSignals;

    private void NoteSubCases(Transition effects) =>
        _subCaseSignals |= effects.ParentSignal is not null || effects.SubStarts.Count > 0;

    private void FireSubCaseSignals()
    {
        if (_subCaseSignals)
        {
            _subCaseSignals = false;
            FireDue(onlySubCases: true);
        }
    }

    /// <summary>Returned by a command's check when there is nothing to do (a timer already fired).</summary>
    private static readonly Diagnostic Skip = new("", DiagnosticSeverity.Error, SourceSpan.None, "", []);
}
