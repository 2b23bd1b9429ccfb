namespace InternalControl.Kernel.Concepts;

/// <summary>
/// What a report reads from a workflow, a step or an end, as a policy tags it (<c>report TAG</c>). A tag is a product
/// concept, fixed like a register's name; the workflow, step and outcome names are the policy's own, so an overlay
/// that renames them keeps the reports filled.
/// </summary>
public static class ReportTag
{
    /// <summary>The workflow of a low-achiever case (No. 97, 5.7-9.5): the cases of the 5.9, 5.10 and 9.3 reports.</summary>
    public const string LowAchievers = "low_achievers";

    /// <summary>The subject teacher's individual work (5.1-5.9): its form is the 5.9 report's row.</summary>
    public const string IndividualWork = "individual_work";

    /// <summary>The report on work that brought no change (5.10).</summary>
    public const string NoChangeReport = "no_change_report";

    /// <summary>The class teacher's finding of the cause (6.1).</summary>
    public const string CauseFinding = "cause_finding";

    /// <summary>A note in the diary to the parent (6.2, one or two absences): a step, counted by the yearly summary.</summary>
    public const string DiaryNotice = "diary_notice";

    /// <summary>A conversation with the parent (6.2, several absences): a step or a workflow.</summary>
    public const string ParentConversation = "parent_conversation";

    /// <summary>The small pedagogical council (6.2, systematic absences): a step or a workflow.</summary>
    public const string SmallCouncil = "small_council";

    /// <summary>An end: the results improved.</summary>
    public const string Improved = "improved";

    /// <summary>An end: the materials go to the commission (8.6).</summary>
    public const string Commission = "commission";

    /// <summary>An end: the case went to the pedagogical council (9.4-9.5).</summary>
    public const string Council = "council";

    /// <summary>
    /// The pedagogical council's decision on one pupil (No. 97 9.5): a task step whose done task holds the decision
    /// (its field tagged <see cref="Decision"/>) and the number and date of the council's minutes (its fields tagged
    /// <see cref="MinutesNumber"/> and <see cref="MinutesDate"/>); the council's minutes and the director's order list
    /// these decisions per pupil (Application/Documents/CouncilDecisions).
    /// </summary>
    public const string CouncilDecision = "council_decision";

    /// <summary>A field of the step tagged <see cref="CouncilDecision"/>: the council's decision (a choice).</summary>
    public const string Decision = "decision";

    /// <summary>A field of the step tagged <see cref="CouncilDecision"/>: the number of the council's minutes.</summary>
    public const string MinutesNumber = "minutes_number";

    /// <summary>A field of the step tagged <see cref="CouncilDecision"/>: the date of the council's minutes.</summary>
    public const string MinutesDate = "minutes_date";

    /// <summary>
    /// The re-scoring of an object on its evaluation sheet (seed 000 §3.4): a task step whose task is done with the
    /// criterion scores; the table tagged <see cref="Group"/> places their mean in a group, which the task's field
    /// tagged <see cref="Group"/> takes (Application/Control/Rescore).
    /// </summary>
    public const string Rescore = "rescore";

    /// <summary>
    /// An evaluation group (seed 000 §3.2): on a decision table, the bands that place a sheet's mean score in a group
    /// (its first output); on a field of the step tagged <see cref="Rescore"/>, the field the group is written to.
    /// </summary>
    public const string Group = "group";

    /// <summary>
    /// The workflow of a planned control (Order No. 130, seed 000 §2.1): Application/Plans/PlanTasks starts it for each
    /// control of the school's plan held in the month, with the plan's columns as its variables (<c>control</c>,
    /// <c>month</c>, <c>venue</c>, <c>output</c>, <c>responsible</c> and, when the control has one, <c>sheet</c>).
    /// </summary>
    public const string PlanControl = "plan_control";

    /// <summary>
    /// The workflow of the matrix re-control (seed 000 §3.3-3.4): keyed by the evaluated object and its sheet, in that
    /// order (a rule's <c>start ... for x.object, x.sheet</c>), whatever the key's parts are called; the heads' matrix
    /// panel and the re-scoring read the object and the sheet from it.
    /// </summary>
    public const string Recontrol = "recontrols";

    /// <summary>
    /// The workflow of a finding about a teacher (seed 003, DOMAIN policy 5: finding, remediation plan, evidence, the
    /// deputy director's check): keyed by the teacher (a staff id), the finding (what it comes from: <c>attestation</c>,
    /// <c>training</c>, or a finding recorded by hand, Application/Teachers/TeacherFindings) and the date it runs from,
    /// in that order, whatever the key's parts are called; the findings register (Application/Reports/
    /// TeacherFindingsReport) and the case lists (Application/Cases/CaseObjects) read them from it.
    /// </summary>
    public const string TeacherFindings = "teacher_findings";

    /// <summary>
    /// The Kazakh evaluation sheets (seed 000 §3.2: every sheet's criteria are scored 0, 1 or 2): a decision table with
    /// one row per sheet, its input the sheet's code, its outputs the plan's direction (1-6) and the number of criteria
    /// (Application/Control/DecisionMatrix).
    /// </summary>
    public const string EvaluationSheets = "evaluation_sheets";

    /// <summary>
    /// The decision matrix's actions (seed 000 §3.3, a decision row's first part): a decision table over a sheet and a
    /// group (A, B, C) that collects the administration's actions, in the order the sheet lists them.
    /// </summary>
    public const string GroupActions = "group_actions";

    /// <summary>
    /// The decision matrix's re-control (seed 000 §3.4: groups A and B are controlled again, group C leaves control): a
    /// decision table over a sheet and a group whose first output is true when the object is controlled again; a sheet
    /// and group without a row has no decision.
    /// </summary>
    public const string ControlledAgain = "controlled_again";

    /// <summary>
    /// The decision matrix's venue (seed 000 §3.3, a decision row's second part, "қайда қаралады"): a decision table over
    /// a sheet and a group whose first output is the venue's key (<c>Venue.*</c>), or "-" for none; the re-control is
    /// heard there when the plan names no venue (Application/Plans/PlanRecontrol).
    /// </summary>
    public const string HearingVenue = "hearing_venue";

    /// <summary>
    /// The decision matrix's output document (seed 000 §3.3, a decision row's third part, "қорытынды"): a decision table
    /// over a sheet and a group whose first output is the document's key (<c>Output.*</c>), or "-" for none.
    /// </summary>
    public const string OutputDocument = "output_document";

    /// <summary>
    /// The contest criterion of the research sheets (seed 000 §3.4: objects whose contest results show no positive
    /// dynamics are controlled again under another set of decisions): a decision table over a sheet whose first output
    /// is the number of the criterion that scores contest results.
    /// </summary>
    public const string ContestCriterion = "contest_criterion";

    /// <summary>Every tag, in the order the reports use them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [LowAchievers, IndividualWork, NoChangeReport, CauseFinding, DiaryNotice, ParentConversation, SmallCouncil, Improved, Commission, Council, CouncilDecision, Decision, MinutesNumber, MinutesDate, Rescore, Group, PlanControl, Recontrol, TeacherFindings, EvaluationSheets, GroupActions, ControlledAgain, HearingVenue, OutputDocument, ContestCriterion];

    /// <summary>
    /// The tags of a task's field (<c>field NAME TYPE ... report TAG</c>, right after the field); the others tag a
    /// workflow, a step or an end, or a decision table.
    /// </summary>
    public static IReadOnlyList<string> OfFields { get; } = [Decision, MinutesNumber, MinutesDate, Group];

    /// <summary>
    /// How many key parts a workflow with <paramref name="tag"/> needs at least, because a feature reads or writes them by
    /// position: the plan's control and month (<see cref="PlanControl"/>), the object and sheet (<see cref="Recontrol"/>),
    /// the teacher, the finding and its date (<see cref="TeacherFindings"/>); 0 for any other tag.
    /// </summary>
    public static int KeyPartsOf(string? tag) => tag switch
    {
        PlanControl or Recontrol => 2,
        TeacherFindings => 3,
        _ => 0,
    };

    /// <summary>The tags of a workflow (<c>workflow NAME ... report TAG</c>, in its header).</summary>
    public static IReadOnlyList<string> OfWorkflows { get; } = [LowAchievers, ParentConversation, SmallCouncil, PlanControl, Recontrol, TeacherFindings];

    /// <summary>The tags of a step or an end (<c>step NAME: ... report TAG</c>).</summary>
    public static IReadOnlyList<string> OfSteps { get; } =
        [IndividualWork, NoChangeReport, CauseFinding, DiaryNotice, ParentConversation, SmallCouncil, Improved, Commission, Council, CouncilDecision, Rescore];

    /// <summary>The tags of a decision table (<c>table NAME hit POLICY report TAG</c>).</summary>
    public static IReadOnlyList<string> OfTables { get; } = [Group, EvaluationSheets, GroupActions, ControlledAgain, HearingVenue, OutputDocument, ContestCriterion];
}
