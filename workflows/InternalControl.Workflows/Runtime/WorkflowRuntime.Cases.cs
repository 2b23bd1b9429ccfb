using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Storage;

namespace InternalControl.Workflows.Runtime;

/// <summary>Cases and their journals.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>The school's cases, newest first (open ones only when asked); a rule's notice is a message in the outbox, not a case.</summary>
    public IReadOnlyList<CaseSummary> Cases(bool openOnly = false) =>
        [.. _store.Cases(SchoolId, openOnly).Select(Summary)];

    /// <summary>One case, or null.</summary>
    public CaseSummary? Case(long caseId)
    {
        var s = _store.LoadCase(caseId);
        return s is null || s.SchoolId != SchoolId ? null : Summary(s);
    }

    /// <summary>
    /// The definition a case runs on (the loaded one when its hash matches, else the stored text of its version), or
    /// null for a case of another school or none: a reader finds a case's report tags so even where no policy is
    /// compiled (`ic tasks` reads the stored text).
    /// </summary>
    public WorkflowDefinition? DefinitionOf(long caseId)
    {
        var s = _store.LoadCase(caseId);
        return s is null || s.SchoolId != SchoolId ? null : Definition(s.Workflow, s.Version, s.Hash);
    }

    private static CaseSummary Summary(CaseState s) => new(
        s.Id, s.Workflow, s.Version, s.Key, s.PupilId, s.SubjectId, s.Term, s.Status, s.Result, s.StartedBy,
        StoredInstant.Parse(s.StartedAt), StoredInstant.ParseOrNull(s.ClosedAt), [.. s.Tokens.Select(t => t.Step)], s.ParentCaseId);

    /// <summary>
    /// The wait steps (<c>wait N school_days</c>) that end from <paramref name="from"/> up to, not including,
    /// <paramref name="until"/>: the case, the waiting step and its last day, by that day. A case in a wait has no task
    /// until the wait ends, so this is how a list of what falls due counts it.
    /// </summary>
    public IReadOnlyList<CaseWait> Waits(DateOnly from, DateOnly until) =>
        [.. _store.PendingTimers(SchoolId, Timers.TimerKind.Wait, IsoDate.Text(from), IsoDate.Text(until))
            .Select(t => (Timer: t, Case: _store.LoadCase(t.CaseId)))
            .Where(w => w.Case is { } c && c.SchoolId == SchoolId && c.Status == CaseStatus.Open)
            .Select(w => new CaseWait(w.Timer.CaseId, w.Case!.Tokens.FirstOrDefault(k => k.Id == w.Timer.Token)?.Step ?? "", IsoDate.Parse(w.Timer.Due)))];

    /// <summary>A case's journal, in order.</summary>
    public IReadOnlyList<JournalEntry> Journal(long caseId) => _store.Journal(SchoolId, caseId);

    /// <summary>The completed tasks that name <paramref name="register"/> (a step's <c>register CODE</c>) between two days, inclusive.</summary>
    public IReadOnlyList<RegisterRecord> Register(string register, DateOnly from, DateOnly to) =>
        _store.RegisterRecords(SchoolId, register, IsoDate.Text(from), IsoDate.Text(to));

    /// <summary>A case's history for a person: one localized line per journal entry.</summary>
    public IReadOnlyList<string> History(long caseId, Language language)
    {
        var state = _store.LoadCase(caseId);
        if (state is null || state.SchoolId != SchoolId)
        {
            return [];
        }

        var renderer = new JournalRenderer(_people, state.Workflow, _options.StarterName);
        return [.. Journal(caseId).Select(e => renderer.Render(e, language))];
    }
}
