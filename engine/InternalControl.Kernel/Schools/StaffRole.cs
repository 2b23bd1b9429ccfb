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
}
