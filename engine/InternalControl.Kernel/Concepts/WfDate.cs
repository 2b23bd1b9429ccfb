namespace InternalControl.Kernel.Concepts;

/// <summary>
/// Dates of the school's calendar a workflow may wait until (<c>wait until year_end</c>). A concept id is the key of its words in the
/// vocabulary catalog (WorkflowVocabulary.resx): the same in every language, so code names the concept, never a word.
/// </summary>
public static class WfDate
{
    /// <summary>year_end (WfDate.YearEnd): the last day of the school year in the school's calendar.</summary>
    public const string YearEnd = "WfDate.YearEnd";
}
