namespace InternalControl.Workflows.Definitions;

/// <summary>
/// Who a step addresses, resolved from the case when the step runs: the pupil's class teacher, the
/// subject's teacher in the pupil's class, a school-wide role, or the pupil's parents.
/// </summary>
public enum WorkflowRole
{
    ClassTeacher,
    SubjectTeacher,
    DeputyDirector,
    Director,
    Psychologist,
    SocialPedagogue,
    Parents,

    /// <summary>The head of the methodological council, who hears what the school's plan sends to the council.</summary>
    MethodologicalCouncilHead,
}
