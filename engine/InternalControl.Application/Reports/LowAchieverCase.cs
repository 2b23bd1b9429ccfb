using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Reports;

/// <summary>
/// One low-achiever case (regulation No. 97, 5.7-9.5) as the reports read it from the case journal: the
/// subject teacher's form at the individual work (5.1-5.9), the 5.10 report, the class teacher's finding (6.1)
/// and the route it chose, each with the school day it was recorded.
/// </summary>
internal sealed record LowAchieverCase
{
    public required CaseSummary Case { get; init; }

    public Pupil? Pupil { get; init; }

    public ClassGroup? Class { get; init; }

    public DateOnly Opened { get; init; }

    public DateOnly? Closed { get; init; }

    /// <summary>Who completed the individual work (a staff id).</summary>
    public string? WorkedBy { get; init; }

    /// <summary>The individual work's form (5.9): problems, measures, questioning, gap_elimination.</summary>
    public IReadOnlyDictionary<string, string?> Work { get; init; } = new Dictionary<string, string?>();

    /// <summary>The individual work's outcome (improved, no_change), when it was completed.</summary>
    public string? WorkOutcome { get; init; }

    /// <summary>Whether the case reached the 5.10 report (no change after 5.1-5.9).</summary>
    public bool ReachedReport510 { get; init; }

    /// <summary>The 5.10 report task's due date: the deadline for handing in the materials.</summary>
    public DateOnly? Report510Due { get; init; }

    /// <summary>The 5.10 report's form: class_teacher_informed, parent_informed.</summary>
    public IReadOnlyDictionary<string, string?> Report510 { get; init; } = new Dictionary<string, string?>();

    /// <summary>The cause the class teacher found (6.1), a code of the policy's choice list.</summary>
    public string? Cause { get; init; }

    public DateOnly? CauseFound { get; init; }

    /// <summary>Where the decision after 6.1 sent the case (diary_notice, parent_conversation, small_council, ...).</summary>

    /// <summary>The report tag of the step the cause routing chose (6.2: diary notice, parent conversation, small council), or null.</summary>
    public string? RouteTag { get; init; }

    /// <summary>The report tag of the end the case closed at (improved, commission, council), or null.</summary>
    public string? ResultTag { get; init; }

    public DateOnly? Routed { get; init; }
}
