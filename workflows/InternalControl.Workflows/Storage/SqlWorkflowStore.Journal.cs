using System.Text.Json;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;
using InternalControl.Workflows.Journal;

namespace InternalControl.Workflows.Storage;

/// <summary>The journal: a case's entries in order.</summary>
internal sealed partial class SqlWorkflowStore
{
    public IReadOnlyList<JournalEntry> Journal(long schoolId, long caseId) =>
        _commands.Many(
            """
            SELECT case_id, seq, at, kind, step, actor, register, detail, data
            FROM wf_journal WHERE case_id = @case_id AND school_id = @school_id ORDER BY seq
            """,
            null, ReadJournal, ("@case_id", caseId), ("@school_id", schoolId));

    public DateOnly? LatestJournalDay(long schoolId) =>
        _commands.Scalar("SELECT MAX(day) FROM wf_journal WHERE school_id = @school_id", null, ("@school_id", schoolId)) is string day
            && IsoDate.TryParse(day, out var date) ? date : null;

    public IReadOnlyList<RegisterRecord> RegisterRecords(long schoolId, string register, string fromDay, string toDay) =>
        _commands.Many(
            """
            SELECT j.day, j.case_id, c.pupil_id, c.subject_id, j.actor, j.step, j.detail, j.data
            FROM wf_journal j JOIN wf_cases c ON c.id = j.case_id
            WHERE j.school_id = @school_id AND j.register = @register AND j.day >= @from AND j.day <= @to AND j.kind = 'TaskCompleted'
            ORDER BY j.day, j.at, j.case_id, j.seq
            """,
            null,
            row => new RegisterRecord(
                IsoDate.Parse(row.GetString(0)),
                row.GetInt64(1),
                row.GetStringOrNull(2),
                row.GetStringOrNull(3),
                row.GetString(4),
                row.GetString(5),
                row.GetStringOrNull(6),
                Fields(row.GetStringOrNull(7))),
            ("@school_id", schoolId),
            ("@register", register),
            ("@from", fromDay),
            ("@to", toDay));

    /// <summary>An entry's data is a JSON object of form fields, or one plain value (kept under "value").</summary>
    private static JournalEntry ReadJournal(StatementRow row)
    {
        var data = Fields(row.GetStringOrNull(8));

        return new JournalEntry(
            row.GetInt64(0),
            row.GetInt32(1),
            StoredInstant.Parse(row.GetString(2)),
            Enum.Parse<JournalKind>(row.GetString(3)),
            row.GetStringOrNull(4),
            row.GetString(5),
            row.GetStringOrNull(6),
            row.GetStringOrNull(7),
            data);
    }

    private static IReadOnlyDictionary<string, string?> Fields(string? text) =>
        text is { Length: > 0 } && text[0] == '{'
            ? JsonSerializer.Deserialize<Dictionary<string, string?>>(text) ?? []
            : text is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["value"] = text };
}
