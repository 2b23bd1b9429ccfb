namespace InternalControl.Application.Dashboards;

/// <summary>One number of the dashboard: what it counts (ids, never names of pupils) and how many.</summary>
/// <param name="Workflow">The workflow, for the cases by workflow and step.</param>
/// <param name="Step">The step, for the cases by workflow and step; the staff id, for the overdue tasks by person.</param>
/// <param name="Count">How many.</param>
public sealed record DashboardCount(string Workflow, string Step, int Count);
