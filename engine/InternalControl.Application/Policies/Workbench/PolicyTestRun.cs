namespace InternalControl.Application.Policies.Workbench;

/// <summary>The overlay's tests run on the school's engine; none run when the overlay does not compile (<see cref="Diagnostics"/> says why).</summary>
public sealed record PolicyTestRun(IReadOnlyList<PolicyDiagnostic> Diagnostics, IReadOnlyList<PolicyTestResult> Tests)
{
    /// <summary>How many tests passed.</summary>
    public int Passed => Tests.Count(t => t.Passed);

    /// <summary>How many tests failed.</summary>
    public int Failed => Tests.Count(t => !t.Passed);
}
