using InternalControl.Rules.Runtime;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Cases;

/// <summary>What one evaluation did: the rule engine's result, the cases it asked for (new or already open), and the timers fired.</summary>
public sealed record EvaluationRun(EvaluationResult? Result, IReadOnlyList<(WorkflowStart Intent, StartResult Start)> Starts, int TimersFired)
{
    /// <summary>How many cases this run opened (the rest were already open).</summary>
    public int Opened => Starts.Count(s => s.Start.Ok && s.Start.Created);
}
