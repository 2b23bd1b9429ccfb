namespace InternalControl.Localization;

/// <summary>
/// A resource file of texts. Each area owns one catalog, so that keys stay unique by a prefix
/// and translators can review one area at a time.
/// </summary>
public enum TextCatalog
{
    /// <summary>Command line, storage and calendar messages.</summary>
    Messages,

    /// <summary>Import errors and summaries (CSV and XLSX school files) and the sample generator.</summary>
    Import,

    /// <summary>Keywords, fact types and field names of the policy language.</summary>
    Vocabulary,

    /// <summary>Keywords of workflow blocks in the policy language (step kinds, outcomes, deadlines).</summary>
    WorkflowVocabulary,

    /// <summary>Diagnostics and explanations of the policy language and rule engine.</summary>
    Rules,

    /// <summary>Workflow runtime messages, task titles, outcomes and journal lines.</summary>
    Workflows,

    /// <summary>Notifications sent to staff and parents.</summary>
    Notifications,

    /// <summary>Report titles, headings and summary lines.</summary>
    Reports,

    /// <summary>Names of domain things: roles, excuses, causes, mark kinds, venues.</summary>
    Domain,

    /// <summary>Texts of the shipped policies: decisions, actions, venues, causes, parameter descriptions.</summary>
    Policies,
}
