using System.Globalization;
using InternalControl.Application.Cases;
using InternalControl.Kernel.Plans;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Plans;

/// <summary>
/// Turns the school's internal control plan (Order No. 130, seed 000 §2.1) into work: each control held in today's
/// month becomes a case of the policy's <see cref="Workflow"/> (seeds/policies/kz/30-internal-control-plan.icp), keyed
/// by the control and the month, and so does each control whose second control falls in this month (§3.1, a
/// re-control; <see cref="PlanStart.Recontrol"/> says which, from the plan and the month, so the case carries no flag
/// of it). The case carries the plan's responsible person (<c>responsible</c>), and the workflow's first task names them
/// its assignee (<c>assignee responsible</c>), so the task is theirs from its creation; the workflow takes the result to
/// the venue's chair. Running it again in the same month changes nothing.
/// </summary>
public static class PlanTasks
{
    /// <summary>The workflow a planned control runs (the contract between this feature and the Kazakh policy).</summary>
    public const string Workflow = "plan-control";

    /// <summary>Who opens the cases, in the journal.</summary>
    public const string StartedBy = "plan";

    /// <summary>
    /// Opens the cases of today's month for the school's stored plan; nothing, and no read of the plan, when the
    /// school's policy has no <see cref="Workflow"/> (a Kyrgyz school's). <see cref="SchoolSession.Evaluate"/> runs it.
    /// </summary>
    public static IReadOnlyList<PlanStart> StartMonth(SchoolSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Definitions.Latest(Workflow) is null
            ? []
            : Start(session, session.Workspace.Database.Plans.Load(session.Workspace.School.Id));
    }

    /// <summary>
    /// Opens the cases of today's month for <paramref name="plan"/>. Nothing when the school's policy has no
    /// <see cref="Workflow"/> (a Kyrgyz school's) or the plan is empty.
    /// </summary>
    public static IReadOnlyList<PlanStart> Start(SchoolSession session, IReadOnlyList<PlanControl> plan)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Count == 0 || session.Definitions.Latest(Workflow) is null)
        {
            return [];
        }

        var today = session.Workspace.Today;
        var month = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
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
                ["control"] = control.Id,
                ["month"] = month,
                ["venue"] = control.Venue.Code(),
                ["output"] = control.Output.Code(),
                ["responsible"] = control.ResponsibleId,
            };
            if (control.Sheet is { } sheet)
            {
                variables["sheet"] = sheet;
            }

            var subject = control.ObjectKind == PlanObjectKind.Subject ? control.ObjectId : null;
            var result = session.Runtime.Start(Workflow, new CaseContext(null, subject, null, variables), StartedBy);
            if (!result.Ok)
            {
                continue;
            }

            started.Add(new PlanStart(control, result.CaseId, result.Created, !held));
        }

        return started;
    }
}
