using InternalControl.Localization;

namespace InternalControl.Application.Policies.Workbench;

/// <summary>An overlay checked with the attached policy: its diagnostics and the language its words are in.</summary>
public sealed record PolicyCheck(IReadOnlyList<PolicyDiagnostic> Diagnostics, Language Language)
{
    /// <summary>True when nothing is an error: the overlay would attach.</summary>
    public bool Ok => !Diagnostics.Any(d => d.IsError);
}
