namespace InternalControl.Kernel.Concepts;

/// <summary>
/// Units of a workflow deadline. A concept id is the key of its words in the vocabulary catalogs
/// (Vocabulary.resx, WorkflowVocabulary.resx): the same in every language, so code names the concept, never a word.
/// </summary>
public static class WfUnit
{
    /// <summary>school_days (WfUnit.SchoolDays).</summary>
    public const string SchoolDays = "WfUnit.SchoolDays";
}
