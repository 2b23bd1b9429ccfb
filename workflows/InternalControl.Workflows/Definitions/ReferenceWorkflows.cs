
namespace InternalControl.Workflows.Definitions;

/// <summary>
/// The reference workflow, built in code: work with a low-achieving pupil at Kyrgyz school No. 97
/// (regulation clauses in the step comments), and the pedagogical council it may end in. The same
/// workflow is written in the policy language in workflows/README.md; the shipped policy is the source,
/// this is what tests, the crash test and the benchmark run.
/// </summary>
public static class ReferenceWorkflows
{
    public const string LowAchiever = "low-achiever";
    public const string PedagogicalCouncil = "pedagogical-council";

    /// <summary>The 6.1 causes of failure.</summary>
    public static readonly IReadOnlyList<string> Causes =
    [
        "absence", "home_preparation", "low_ability", "unwillingness", "little_class_work",
        "non_objective_marking", "homework_volume", "difficult_material", "other",
    ];

    /// <summary>All reference definitions.</summary>
    public static IReadOnlyList<WorkflowDefinition> All(int version = 1) => [LowAchieverDefinition(version), CouncilDefinition()];

    public static WorkflowDefinition LowAchieverDefinition(int version = 1) => new WorkflowBuilder(LowAchiever, version)
        .Key("pupil", "subject", "term")
        // 5.7: the class teacher and the parent are told.
        .Notify("start", "LowAchiever.Started", "individual_work", WorkflowRole.ClassTeacher, WorkflowRole.Parents)
        // 5.1-5.9: the subject teacher's individual work; deadline, reminder and escalation are school parameters.
        .Task("individual_work", WorkflowRole.SubjectTeacher, t => t
            .Field("problems", FieldType.Text)
            .Field("measures", FieldType.Text)
            .Outcome("improved", "closed_improved")
            .Outcome("no_change", "report_5_10")
            .Due(10, remind: 8, escalate: 12, escalateTo: WorkflowRole.DeputyDirector)
            .Register("subject_teacher_work"))
        // 5.10: the report with the dates the class teacher and the parent were informed.
        .Task("report_5_10", WorkflowRole.SubjectTeacher, t => t
            .Field("class_teacher_informed", FieldType.Date, required: true)
            .Field("parent_informed", FieldType.Date, required: true)
            .Outcome("filed", "find_cause")
            .Due(3))
        // 6.1: the class teacher finds the cause, talking to the pupil and the parent.
        .Task("find_cause", WorkflowRole.ClassTeacher, t => t
            .Field("cause", FieldType.Choice, true, [.. Causes])
            .Field("absences", FieldType.Number)
            .Field("purpose", FieldType.Text)
            .Outcome("found", "route")
            .Due(5)
            .Register("conversation"))
        // 6.2-6.4: the measures by cause; "several" and "systematic" are school parameters (defaults 3 and 6).
        .Decide("route", d => d
            .Table("cause-routing")
            .When([new Condition("cause", ConditionOperator.In, ["absence"]), new Condition("absences", ConditionOperator.AtMost, ["2"])], "diary_notice")
            .When([new Condition("cause", ConditionOperator.In, ["absence"]), new Condition("absences", ConditionOperator.AtMost, ["5"])], "parent_conversation")
            .When("cause", ["absence"], "small_council")
            .When("cause", ["home_preparation", "low_ability", "unwillingness"], "preventive_work")
            .Otherwise("talk_subject_teacher"))
        .Notify("diary_notice", "LowAchiever.DiaryNotice", "review_wait", WorkflowRole.Parents)
        .Task("parent_conversation", WorkflowRole.ClassTeacher, t => t
            .Field("purpose", FieldType.Text)
            .Field("decision", FieldType.Text)
            .Outcome("held", "review_wait")
            .Due(5)
            .Register("home_visit"))
        // 6.3: preventive work; a parent who refuses goes to the administration, then (8.6) the commission.
        .Task("preventive_work", WorkflowRole.ClassTeacher, t => t
            .Field("decision", FieldType.Text)
            .Outcome("done", "review_wait")
            .Outcome("parent_refuses", "administration")
            .Due(10)
            .Register("home_visit"))
        .Task("administration", WorkflowRole.DeputyDirector, t => t
            .Field("decision", FieldType.Text)
            .Outcome("resolved", "review_wait")
            .Outcome("commission", "commission_end")
            .Due(10))
        // 6.4: a talk with the subject teacher, or an inspection by the administration.
        .Task("talk_subject_teacher", WorkflowRole.ClassTeacher, t => t
            .Field("decision", FieldType.Text)
            .Outcome("agreed", "review_wait")
            .Outcome("inspection", "inspection")
            .Due(5)
            .Register("subject_teacher_talk"))
        .Task("inspection", WorkflowRole.DeputyDirector, t => t
            .Field("decision", FieldType.Text)
            .Outcome("done", "review_wait")
            .Due(10))
        .Wait("review_wait", 20, "review")
        .Task("review", WorkflowRole.SubjectTeacher, t => t
            .Outcome("improved", "closed_improved")
            .Outcome("failed", "small_council")
            .Due(5))
        // 9.4: the small pedagogical council, with the parent invited.
        .Parallel("small_council", ["invite_parents", "council_meeting"], "council_decision")
        .Notify("invite_parents", "LowAchiever.CouncilInvitation", WorkflowDefinition.Join, WorkflowRole.Parents)
        .Task("council_meeting", WorkflowRole.DeputyDirector, t => t
            .Field("decision", FieldType.Text, required: true)
            .Outcome("held", WorkflowDefinition.Join)
            .Due(10))
        // 9.5: only the pedagogical council decides on a repeat course.
        .SubWorkflow("council_decision", PedagogicalCouncil, "closed_council")
        .End("closed_improved", "improved")
        .End("commission_end", "commission")
        .End("closed_council", "council")
        .BuildOrThrow();

    public static WorkflowDefinition CouncilDefinition() => new WorkflowBuilder(PedagogicalCouncil)
        .Key("pupil", "subject", "term")
        .Task("decide_repeat", WorkflowRole.Director, t => t
            .Field("decision", FieldType.Choice, true, "promote", "repeat_course", "conditional")
            .Outcome("decided", "done")
            .Due(10))
        .End("done", "decided")
        .BuildOrThrow();
}
