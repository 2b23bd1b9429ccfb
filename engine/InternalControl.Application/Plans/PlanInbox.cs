using InternalControl.Application.Cases;
using InternalControl.Localization;

namespace InternalControl.Application.Plans;

/// <summary>
/// What an inbox adds to the task of a planned control: the control's title (topic, object, sheet) in the reader's
/// language, since the workflow's step says only "carry out the control" (issue 14: no task without its object).
/// </summary>
public static class PlanInbox
{
    /// <summary>The title of each open <see cref="PlanTasks.Workflow"/> case by case id; empty for a school without a plan.</summary>
    public static IReadOnlyDictionary<long, string> Titles(SchoolSession session, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(localizer);
        var cases = session.Runtime.Cases(true).Where(c => c.Workflow == PlanTasks.Workflow).ToList();
        if (cases.Count == 0)
        {
            return new Dictionary<long, string>();
        }

        var plan = session.Workspace.Database.Plans.Load(session.Workspace.School.Id).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var titles = new Dictionary<long, string>();
        foreach (var c in cases)
        {
            // The key is "control=1.04;month=2026-11" (the workflow's key parts in order).
            var control = c.Key.Split(';').Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == "control")?[1];
            if (control is not null && plan.TryGetValue(control, out var row))
            {
                titles[c.Id] = PlanText.Title(row, session.Data, localizer);
            }
        }

        return titles;
    }
}
