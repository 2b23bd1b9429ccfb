namespace InternalControl.Kernel.Concepts;

/// <summary>
/// Fact types of the policy language. A concept id is the key of its words in the vocabulary catalogs
/// (Vocabulary.resx, WorkflowVocabulary.resx): the same in every language, so code names the concept, never a word.
/// </summary>
public static class TypeId
{
    /// <summary>absence (Type.Absence).</summary>
    public const string Absence = "Type.Absence";

    /// <summary>class (Type.Class).</summary>
    public const string Class = "Type.Class";

    /// <summary>mark (Type.Mark).</summary>
    public const string Mark = "Type.Mark";

    /// <summary>pupil (Type.Pupil).</summary>
    public const string Pupil = "Type.Pupil";

    /// <summary>score (Type.Score).</summary>
    public const string Score = "Type.Score";

    /// <summary>subject (Type.Subject).</summary>
    public const string Subject = "Type.Subject";

    /// <summary>teacher (Type.Teacher): a teacher's qualification.</summary>
    public const string Teacher = "Type.Teacher";
}
