using InternalControl.Application.Cases;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Plans;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Plans;

/// <summary>
/// Turns the school's internal control plan (Order No. 130, seed 000 §2.1) into work: each control held in today's
/// month becomes a case of the workflow the policy tags <c>report plan_control</c> (<see cref="ReportTag.PlanControl"/>;
/// "plan-control" in seeds/policies/kz/30-internal-control-plan.icp, whatever a policy calls it), keyed by the control
/// and the month (the workflow's first two key parts, whatever they are called), and so does each control whose second
/// control falls in this month (§3.1, a re-control; <see cref="PlanStart.Recontrol"/> says which, from the plan and the
/// month, so the case carries no flag of it). The case carries the plan's columns as the tag's variables
/// (<see cref="TagVariables"/>: <c>responsible</c>, <c>venue</c>, <c>output</c>, <c>sheet</c>), and the
/// workflow's first task names the responsible person its assignee (<c>assignee responsible</c>), so the task is theirs
/// from its creation; the workflow takes the result to the venue's chair. Running it again in the same month changes
/// nothing.
/// </summary>
public static class PlanTasks
{
    /// <summary>Who opens the cases, in the journal.</summary>
    public const string StartedBy = "plan";

    /// <summary>
    /// Opens the cases of today's month for the school's stored plan; nothing, and no read of the plan, when the
    /// school's policy has no workflow tagged <c>plan_control</c> (a Kyrgyz school's). <see cref="SchoolSession.Evaluate"/> runs it.
    /// </summary>
    public static IReadOnlyList<PlanStart> StartMonth(SchoolSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Workflow(session) is null
            ? []
            : Start(session, session.Workspace.Database.Plans.Load(session.Workspace.School.Id));
    }

    /// <summary>
    /// Opens the cases of today's month for <paramref name="plan"/>. Nothing when the school's policy has no workflow
    /// tagged <c>plan_control</c> (a Kyrgyz school's) or the plan is empty.
    /// </summary>
    public static IReadOnlyList<PlanStart> Start(SchoolSession session, IReadOnlyList<PlanControl> plan)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Count == 0 || Workflow(session) is not { } workflow)
        {
            return [];
        }

        var today = session.Workspace.Today;
        var month = IsoMonth.Text(today);
        var started = new List<PlanStart>();
        foreach (var control in plan)
        {
            var held = control.HeldIn(today.Month);
            var second = control.SecondMonth == today.Month;
            if (!held && !second)
            {
                continue;
            }

            var variables = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [workflow.Key[0]] = control.Id,
                [workflow.Key[1]] = month,
                [TagVariables.Venue] = control.Venue.Code(),
                [TagVariables.Output] = control.Output.Code(),
                [TagVariables.Responsible] = control.ResponsibleId,
            };
            if (control.Sheet is { } sheet)
            {
                variables[TagVariables.Sheet] = sheet;
            }

            var subject = control.ObjectKind == PlanObjectKind.Subject ? control.ObjectId : null;
            var result = session.Runtime.Start(workflow.Name, new CaseContext(null, subject, null, variables), StartedBy);
            if (!result.Ok)
            {
                continue;
            }

            started.Add(new PlanStart(control, result.CaseId, result.Created, !held));
        }

        return started;
    }

    /// <summary>
    /// The plan's control a case keyed <paramref name="key"/> carries out when <paramref name="definition"/>, the one the
    /// case runs on, is tagged <c>plan_control</c> (the key's first part, whatever it is called); else null.
    /// </summary>
    public static string? ControlOf(WorkflowDefinition? definition, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (definition is null || !definition.KeyedFor(ReportTag.PlanControl))
        {
            return null;
        }

        // The key is "control=1.04;month=2026-11" (the workflow's key parts in order, whatever they are called).
        return CaseKey.Part(key, definition.Key[0]);
    }

    /// <summary>The workflow tagged <c>plan_control</c> with a key of the control and the month, or null.</summary>
    private static WorkflowDefinition? Workflow(SchoolSession session) =>
        session.Definitions.LatestTagged(ReportTag.PlanControl) is { } workflow && workflow.KeyedFor(ReportTag.PlanControl) ? workflow : null;
}
