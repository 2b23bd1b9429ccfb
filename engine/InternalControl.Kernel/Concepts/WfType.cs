namespace InternalControl.Kernel.Concepts;

/// <summary>
/// Types of a task form's fields. A concept id is the key of its words in the vocabulary catalogs
/// (Vocabulary.resx, WorkflowVocabulary.resx): the same in every language, so code names the concept, never a word.
/// </summary>
public static class WfType
{
    /// <summary>choice (WfType.Choice).</summary>
    public const string Choice = "WfType.Choice";

    /// <summary>choices (WfType.Choices): one or more of the options (No. 97 6.1: several causes).</summary>
    public const string Choices = "WfType.Choices";

    /// <summary>date (WfType.Date).</summary>
    public const string Date = "WfType.Date";

    /// <summary>number (WfType.Number).</summary>
    public const string Number = "WfType.Number";

    /// <summary>text (WfType.Text).</summary>
    public const string Text = "WfType.Text";

    /// <summary>yes_no (WfType.YesNo).</summary>
    public const string YesNo = "WfType.YesNo";
}
