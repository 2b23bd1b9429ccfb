using InternalControl.Storage.Database;
using InternalControl.Workflows.Storage;

namespace InternalControl.Workflows.Runtime;

/// <summary>What a command asks of a school's case journal without opening a runtime (no definitions, no school data).</summary>
public static class WorkflowJournal
{
    /// <summary>The day of the school's latest journal entry, or null when its journal is empty: the journal's time, which never runs backwards.</summary>
    public static DateOnly? LatestDay(SchoolDatabase database, long schoolId)
    {
        using var store = SqlWorkflowStore.Open(database);
        return store.LatestJournalDay(schoolId);
    }
}
