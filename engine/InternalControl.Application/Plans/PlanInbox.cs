using InternalControl.Application.Cases;
using InternalControl.Localization;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Plans;

/// <summary>
/// What an inbox adds to the task of a planned control: the control's title (topic, object, sheet) in the reader's
/// language, since the workflow's step says only "carry out the control" (issue 14: no task without its object).
/// </summary>
public static class PlanInbox
{
    /// <summary>The title of each open case of a planned control (<see cref="PlanTasks"/>) by case id; empty for a school without a plan.</summary>
    public static IReadOnlyDictionary<long, string> Titles(SchoolSession session, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Titles(session, localizer, session.Runtime.Cases(true));
    }

    /// <summary>
    /// The title of each of these cases that carries out a planned control, by case id: an inbox's page asks for its own
    /// cases only, each read by the workflow and version it runs on, whichever workflow carries <c>plan_control</c> now
    /// (the shipped one, or a school's copy).
    /// </summary>
    public static IReadOnlyDictionary<long, string> Titles(SchoolSession session, Localizer localizer, IEnumerable<CaseSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(summaries);
        // One definition per workflow and version (a reading session compiles no policy: the runtime reads the stored text).
        var cases = summaries
            .GroupBy(c => (c.Workflow, c.Version))
            .SelectMany(g => session.Runtime.DefinitionOf(g.First().Id) is { } definition
                ? g.Select(c => (c.Id, Control: PlanTasks.ControlOf(definition, c.Key)))
                : [])
            .Where(c => c.Control is not null)
            .ToList();
        if (cases.Count == 0)
        {
            return new Dictionary<long, string>();
        }

        var plan = session.Workspace.Database.Plans.Load(session.Workspace.School.Id).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var titles = new Dictionary<long, string>();
        foreach (var c in cases)
        {
            if (plan.TryGetValue(c.Control!, out var row))
            {
                titles[c.Id] = PlanText.Title(row, session.Data, localizer);
            }
        }

        return titles;
    }
}
