namespace InternalControl.Application.Registers;

/// <summary>
/// The registers Kyrgyz school No. 97's regulation demands (6.5), as codes a task step names with
/// <c>register</c>: the register is then the journal's completions of such tasks.
/// </summary>
public static class RegisterCodes
{
    /// <summary>6.5: home visits (date, purpose, decision, parent's signature).</summary>
    public const string HomeVisit = "home_visit";

    /// <summary>6.5: conversations with pupils (date, purpose, decision, pupil's signature).</summary>
    public const string Conversation = "conversation";

    /// <summary>6.5: a subject teacher's work with low achievers (date, teacher, problems, measures).</summary>
    public const string SubjectTeacherWork = "subject_teacher_work";

    /// <summary>6.5: the class teacher's talks with subject teachers about extra lessons (in the monthly report).</summary>
    public const string SubjectTeacherTalk = "subject_teacher_talk";

    /// <summary>6.5, 6.3: talks with parents (date, purpose, decision, parent's signature), a register of their own, not home visits.</summary>
    public const string ParentTalk = "parent_talk";

    /// <summary>8.1: calls to a parent to come to school (date, channel, whether the parent came).</summary>
    public const string ParentCall = "parent_call";

    /// <summary>8.6: materials sent to the commission on children's affairs (which materials, when; who sent them is the entry's actor).</summary>
    public const string CommissionReferral = "commission_referral";

    /// <summary>
    /// Kazakh policy 5 (seed 003): findings about a teacher's qualification and their elimination (the finding, the
    /// corrective and preventive action, the evidence, the check); read per case by <c>ic report teacher-findings</c>.
    /// </summary>
    public const string TeacherFindings = "teacher_findings";

    /// <summary>
    /// Who signs a register's line on paper (6.5: "Ата эненин колу", "Окуучунун колу"): the parent for home visits and
    /// talks with parents, the pupil for conversations with pupils; null for a register nobody signs.
    /// </summary>
    public static RegisterSigner? Signer(string register) => register switch
    {
        HomeVisit or ParentTalk => RegisterSigner.Parents,
        Conversation => RegisterSigner.Pupil,
        _ => null,
    };
}
