using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Rules.Runtime;

/// <summary>What one scope (a pupil, an object) produced in an evaluation; replaced whole when the pupil is re-evaluated.</summary>
internal sealed class Outcome
{
    public List<Firing> Firings { get; } = [];

    public List<WorkflowStart> Starts { get; } = [];

    public List<Decision> Decisions { get; } = [];

    public List<Notification> Notifications { get; } = [];

    public List<DerivedFact> Facts { get; } = [];

    public List<Diagnostic> Problems { get; } = [];

    public bool IsEmpty => Firings.Count == 0 && Problems.Count == 0;

    public void Clear()
    {
        Firings.Clear();
        Starts.Clear();
        Decisions.Clear();
        Notifications.Clear();
        Facts.Clear();
        Problems.Clear();
    }
}
