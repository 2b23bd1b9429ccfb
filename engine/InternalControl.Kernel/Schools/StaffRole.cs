namespace InternalControl.Kernel.Schools;

/// <summary>A role a member of staff holds; one person may hold several.</summary>
public enum StaffRole
{
    SubjectTeacher,
    ClassTeacher,
    DeputyDirector,
    Director,
    Psychologist,
    SocialPedagogue,

    /// <summary>
    /// The head (chair) of the methodological council (Kazakh "Әдістемелік кеңестің төрағасы"), who hears the controls
    /// the school's plan sends to the council; often a teacher who also holds <see cref="SubjectTeacher"/>.
    /// </summary>
    MethodologicalCouncilHead,
}
