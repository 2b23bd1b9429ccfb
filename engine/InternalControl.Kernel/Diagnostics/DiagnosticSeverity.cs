namespace InternalControl.Kernel.Diagnostics;

/// <summary>How bad a diagnostic is: an error stops a file from loading, a warning does not.</summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
}
