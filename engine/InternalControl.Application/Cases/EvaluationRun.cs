using InternalControl.Rules.Runtime;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Cases;

/// <summary>
/// What one evaluation did: the rule engine's result, the cases it asked for (new or already there), the timers fired,
/// and how many rule notices went out for the first time.
/// </summary>
public sealed record EvaluationRun(EvaluationResult? Result, IReadOnlyList<(WorkflowStart Intent, StartResult Start)> Starts, int TimersFired, int NoticesSent = 0)
{
    /// <summary>How many cases this run opened (the rest were already open).</summary>
    public int Opened => Starts.Count(s => s.Start.Ok && s.Start.Created);
}
