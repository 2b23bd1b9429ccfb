using System.Text.Json;
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

    /// <summary>An entry's data is a JSON object of form fields, or one plain value (kept under "value").</summary>
    private static JournalEntry ReadJournal(StatementRow row)
    {
        var text = row.GetStringOrNull(8);
        IReadOnlyDictionary<string, string?> data = new Dictionary<string, string?>();
        if (text is { Length: > 0 } && text[0] == '{')
        {
            data = JsonSerializer.Deserialize<Dictionary<string, string?>>(text) ?? [];
        }
        else if (text is not null)
        {
            data = new Dictionary<string, string?> { ["value"] = text };
        }

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
}
