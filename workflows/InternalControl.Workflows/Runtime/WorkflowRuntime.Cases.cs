using System.Globalization;
using System.Text.Json;
using Dapper;
using InternalControl.Localization;
using InternalControl.Workflows.Journal;

namespace InternalControl.Workflows.Runtime;

/// <summary>Cases and their journals.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>The school's cases, newest first (open ones only when asked); rule notices are in the outbox, not here.</summary>
    public IReadOnlyList<CaseSummary> Cases(bool openOnly = false) =>
        [.. _connection.Query<long>(
            "SELECT id FROM wf_cases WHERE school_id = @SchoolId AND workflow <> @Notice AND (@openOnly = 0 OR status = 'open') ORDER BY id DESC",
            new { SchoolId, openOnly, Notice = NoticeWorkflow })
            .Select(id => Case(id)!)];

    /// <summary>One case, or null.</summary>
    public CaseSummary? Case(long caseId)
    {
        var s = _store.LoadCase(caseId);
        if (s is null || s.SchoolId != SchoolId)
        {
            return null;
        }

        return new CaseSummary(
            s.Id, s.Workflow, s.Version, s.Key, s.PupilId, s.SubjectId, s.Term, s.Status, s.Result, s.StartedBy,
            Instant(s.StartedAt), s.ClosedAt is null ? null : Instant(s.ClosedAt), [.. s.Tokens.Select(t => t.Step)], s.ParentCaseId);
    }

    /// <summary>A case's journal, in order.</summary>
    public IReadOnlyList<JournalEntry> Journal(long caseId) =>
        [.. _connection.Query<JournalRow>(
            """
            SELECT j.case_id AS CaseId, j.seq AS Seq, j.at AS At, j.kind AS Kind, j.step AS Step, j.actor AS Actor,
                j.register AS Register, j.detail AS Detail, j.data AS Data
            FROM wf_journal j WHERE j.case_id = @caseId AND j.school_id = @SchoolId ORDER BY j.seq
            """,
            new { caseId, SchoolId })
            .Select(r => r.ToEntry())];

    /// <summary>A case's history for a person: one localized line per journal entry.</summary>
    public IReadOnlyList<string> History(long caseId, Language language)
    {
        var state = _store.LoadCase(caseId);
        if (state is null || state.SchoolId != SchoolId)
        {
            return [];
        }

        var renderer = new JournalRenderer(_people, state.Workflow);
        return [.. Journal(caseId).Select(e => renderer.Render(e, language))];
    }

    internal static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private sealed record JournalRow
    {
        public long CaseId { get; init; }

        public long Seq { get; init; }

        public string At { get; init; } = "";

        public string Kind { get; init; } = "";

        public string? Step { get; init; }

        public string Actor { get; init; } = "";

        public string? Register { get; init; }

        public string? Detail { get; init; }

        public string? Data { get; init; }

        public JournalEntry ToEntry()
        {
            IReadOnlyDictionary<string, string?> data = new Dictionary<string, string?>();
            if (Data is { Length: > 0 } && Data[0] == '{')
            {
                data = JsonSerializer.Deserialize<Dictionary<string, string?>>(Data) ?? [];
            }
            else if (Data is not null)
            {
                data = new Dictionary<string, string?> { ["value"] = Data };
            }

            return new JournalEntry(CaseId, (int)Seq, Instant(At), Enum.Parse<JournalKind>(Kind), Step, Actor, Register, Detail, data);
        }
    }
}
