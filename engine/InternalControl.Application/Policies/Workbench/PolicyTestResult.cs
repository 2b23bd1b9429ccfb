namespace InternalControl.Application.Policies.Workbench;

/// <summary>One `test` block of the overlay: its name, line, whether it passed, and why not.</summary>
public sealed record PolicyTestResult(string Name, int Line, bool Passed, IReadOnlyList<PolicyDiagnostic> Failures);
