namespace InternalControl.Kernel.Concepts;

/// <summary>
/// Built-in functions of the policy language. A concept id is the key of its words in the vocabulary catalogs
/// (Vocabulary.resx, WorkflowVocabulary.resx): the same in every language, so code names the concept, never a word.
/// </summary>
public static class Fn
{
    /// <summary>add_school_days (Fn.AddSchoolDays).</summary>
    public const string AddSchoolDays = "Fn.AddSchoolDays";

    /// <summary>days (Fn.Days).</summary>
    public const string Days = "Fn.Days";

    /// <summary>round (Fn.Round).</summary>
    public const string Round = "Fn.Round";

    /// <summary>school_days (Fn.SchoolDays).</summary>
    public const string SchoolDays = "Fn.SchoolDays";

    /// <summary>weighted_mean (Fn.WeightedMean): the weighted mean of the values that exist.</summary>
    public const string WeightedMean = "Fn.WeightedMean";
}
