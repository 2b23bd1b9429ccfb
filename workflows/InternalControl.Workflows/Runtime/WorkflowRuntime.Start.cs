using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Storage;
using InternalControl.Workflows.Timers;

namespace InternalControl.Workflows.Runtime;

/// <summary>Starting cases: one open case per key, whoever asks and however often.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Starts the latest version of <paramref name="workflow"/> for the context, or returns the open
    /// case that already has its key (the nightly re-run of the rules lands here and changes nothing);
    /// for a <c>once</c> workflow, also the closed case that had the key (the latest).
    /// </summary>
    /// <param name="workflow">The definition's name.</param>
    /// <param name="context">Pupil, subject, term (as many as the definition's key names) and starting variables.</param>
    /// <param name="startedBy">Who or what started it: a rule's id (e.g. "5.7") or a member of staff.</param>
    public StartResult Start(string workflow, CaseContext context, string startedBy)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = StartCore(null, workflow, context, startedBy, null, Context());
        FireSubCaseSignals();
        return result;
    }

    private StartResult StartCore(IWorkflowTransaction? outer, string workflow, CaseContext context, string startedBy, (long Case, int Token)? parent, RuntimeContext now)
    {
        var definition = _options.Definitions.Latest(workflow);
        if (definition is null)
        {
            return new StartResult(0, false, Diagnostic.ErrorOf("Workflows.Error.UnknownWorkflow", workflow));
        }

        var missing = definition.Key.FirstOrDefault(part => string.IsNullOrWhiteSpace(context.Part(part)));
        if (missing is not null)
        {
            return new StartResult(0, false, Diagnostic.ErrorOf("Workflows.Error.KeyPartMissing", workflow, missing));
        }

        var key = CaseKey.Of(definition.Key, context.Part);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var existing = _store.FindOpenCase(SchoolId, workflow, key, outer);
            if (existing is { } id)
            {
                if (outer is not null && parent is { } p)
                {
                    _store.LinkParent(outer, id, p.Case, p.Token);
                }

                return new StartResult(id, false, null);
            }

            if (definition.Once && _store.FindClosedCase(SchoolId, workflow, key, outer) is { } closed)
            {
                // "once": the key's case happened and ended; a parent waiting for it hears its result now.
                SignalParent(outer, parent, closed, now);
                return new StartResult(closed.Id, false, null);
            }

            // The first transition runs before the case row exists; the row is then inserted as it left the case.
            var state = NewState(definition.Name, definition.Version, definition.Hash, key, context, startedBy, parent, now);
            var machine = new CaseMachine(definition, state, now, startedBy);
            machine.Begin();
            if (outer is null)
            {
                StoreDefinitions();
            }

            // A transaction of its own unless the caller's is given; disposed however this attempt ends, so that a
            // failed write leaves none open on the connection.
            using (var own = outer is null ? _store.Begin() : null)
            {
                var tx = outer ?? own!;
                if (!_store.InsertCase(tx, state))
                {
                    // Another process opened the same key first: its case is the answer.
                    continue;
                }

                _store.WriteEffects(tx, state, machine.Effects, now.NowText);
                NoteSubCases(machine.Effects);
                StartSubCases(tx, state, machine.Effects, startedBy, now);
                own?.Commit();
            }

            using (var activity = WorkflowTelemetry.Source.StartActivity("ic.case.start"))
            {
                WorkflowTelemetry.Transition(activity, definition.Name, state.Id);
                WorkflowTelemetry.CasesOpened.Add(1, new KeyValuePair<string, object?>("ic.workflow", definition.Name));
            }

            return new StartResult(state.Id, true, null);
        }

        return new StartResult(0, false, Diagnostic.ErrorOf("Workflows.Error.Busy", 0));
    }

    /// <summary>The latest closed case of a key (a <c>once</c> workflow looks its up).</summary>
    private ClosedCase? FindClosedCase(string workflow, string key) => _store.FindClosedCase(SchoolId, workflow, key);

    /// <summary>A sub-case found already closed: the parent hears its result as if it had just ended.</summary>
    private void SignalParent(IWorkflowTransaction? tx, (long Case, int Token)? parent, ClosedCase closed, RuntimeContext now)
    {
        if (tx is null || parent is not { } p)
        {
            return;
        }

        var signal = new Transition
        {
            ParentSignal = new TimerRecord { CaseId = p.Case, Token = p.Token, Kind = TimerKind.SubCase, Due = IsoDate.Text(now.Today), Payload = closed.Result },
        };
        _store.WriteEffects(tx, new CaseState { Id = closed.Id, SchoolId = SchoolId }, signal, now.NowText);
        NoteSubCases(signal);
    }

    private CaseState NewState(
        string workflow, int version, string hash, string key, CaseContext context, string startedBy, (long Case, int Token)? parent, RuntimeContext now)
    {
        var state = new CaseState
        {
            SchoolId = SchoolId,
            Workflow = workflow,
            Version = version,
            Hash = hash,
            Key = key,
            PupilId = context.PupilId,
            SubjectId = context.SubjectId,
            Term = context.Term,
            StartedBy = startedBy,
            StartedAt = now.NowText,
            ParentCaseId = parent?.Case,
            ParentToken = parent?.Token,
        };
        foreach (var (name, value) in context.Variables ?? new Dictionary<string, string>())
        {
            state.Variables[name] = value;
        }

        foreach (var part in WorkflowDefinition.KeyParts)
        {
            if (context.Part(part) is { } value)
            {
                state.Variables[part] = value;
            }
        }

        return state;
    }

    /// <summary>Starts the sub-cases a transition asked for, in its transaction, so that a crash cannot lose one.</summary>
    private void StartSubCases(IWorkflowTransaction tx, CaseState state, Transition effects, string actor, RuntimeContext now)
    {
        foreach (var (workflow, token) in effects.SubStarts)
        {
            var context = new CaseContext(state.PupilId, state.SubjectId, state.Term, state.Variables);
            StartCore(tx, workflow, context, actor, (state.Id, token), now);
        }
    }
}
