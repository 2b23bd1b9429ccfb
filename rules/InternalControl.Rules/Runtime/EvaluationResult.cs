using System.Globalization;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Time;

namespace InternalControl.Rules.Runtime;

/// <summary>Everything an evaluation produced, in rule priority order within each pupil.</summary>
public sealed class EvaluationResult
{
    internal EvaluationResult(DateOnly now, IEnumerable<Outcome> outcomes, IEnumerable<Diagnostic> problems)
    {
        Now = now;
        var list = outcomes.ToList();
        Firings = [.. list.SelectMany(o => o.Firings)];
        Starts = [.. list.SelectMany(o => o.Starts)];
        Facts = [.. list.SelectMany(o => o.Facts)];
        Decisions = [.. list.SelectMany(o => o.Decisions)];
        Notifications = [.. list.SelectMany(o => o.Notifications)];
        Problems = [.. list.SelectMany(o => o.Problems), .. problems];
    }

    /// <summary>The date the evaluation ran as of.</summary>
    public DateOnly Now { get; }

    /// <summary>Every firing, with the facts it matched.</summary>
    public IReadOnlyList<Firing> Firings { get; }

    /// <summary>Workflow start intents (one per firing of a `start` action).</summary>
    public IReadOnlyList<WorkflowStart> Starts { get; }

    /// <summary>Derived facts asserted by rules.</summary>
    public IReadOnlyList<DerivedFact> Facts { get; }

    /// <summary>Groups and decisions set by rules.</summary>
    public IReadOnlyList<Decision> Decisions { get; }

    /// <summary>Roles to notify.</summary>
    public IReadOnlyList<Notification> Notifications { get; }

    /// <summary>
    /// Problems found while running: IC1401, a rule kept re-firing and was stopped; IC1251, a rule divided by 0 for a
    /// binding and was stopped for it.
    /// </summary>
    public IReadOnlyList<Diagnostic> Problems { get; }
}
