using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// The workflow runtime's traces and metrics (hardening, finding 13): a span per transition and per case start, counters
/// of transitions and cases opened. Tags carry the workflow's name, its step and the case's number, never a person's
/// data. Nothing is recorded unless a host listens to <see cref="Name"/>.
/// </summary>
public static class WorkflowTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "InternalControl.Workflows";

    internal static readonly ActivitySource Source = new(Name);

    internal static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Transitions = Meter.CreateCounter<long>("ic.workflow.transitions", "{transition}", "Case transitions committed (a started case counts its first).");

    internal static readonly Counter<long> CasesOpened = Meter.CreateCounter<long>("ic.cases.opened", "{case}", "Cases opened.");

    /// <summary>Counts a committed transition of a case of <paramref name="workflow"/> on its span and counter.</summary>
    internal static void Transition(Activity? activity, string workflow, long caseId)
    {
        activity?.SetTag("ic.workflow", workflow);
        activity?.SetTag("ic.case", caseId);
        Transitions.Add(1, new KeyValuePair<string, object?>("ic.workflow", workflow));
    }
}
