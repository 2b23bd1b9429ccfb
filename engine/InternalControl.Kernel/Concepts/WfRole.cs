namespace InternalControl.Kernel.Concepts;

/// <summary>
/// Roles a workflow step may name (a task's assignee, a notice's recipient). A concept id is the key of its words in the vocabulary catalogs
/// (Vocabulary.resx, WorkflowVocabulary.resx): the same in every language, so code names the concept, never a word.
/// </summary>
public static class WfRole
{
    /// <summary>class_teacher (WfRole.ClassTeacher).</summary>
    public const string ClassTeacher = "WfRole.ClassTeacher";

    /// <summary>deputy_director (WfRole.DeputyDirector).</summary>
    public const string DeputyDirector = "WfRole.DeputyDirector";

    /// <summary>director (WfRole.Director).</summary>
    public const string Director = "WfRole.Director";

    /// <summary>methodological_council_head (WfRole.MethodologicalCouncilHead).</summary>
    public const string MethodologicalCouncilHead = "WfRole.MethodologicalCouncilHead";

    /// <summary>parents (WfRole.Parents).</summary>
    public const string Parents = "WfRole.Parents";

    /// <summary>psychologist (WfRole.Psychologist).</summary>
    public const string Psychologist = "WfRole.Psychologist";

    /// <summary>social_pedagogue (WfRole.SocialPedagogue).</summary>
    public const string SocialPedagogue = "WfRole.SocialPedagogue";

    /// <summary>subject_teacher (WfRole.SubjectTeacher).</summary>
    public const string SubjectTeacher = "WfRole.SubjectTeacher";
}
