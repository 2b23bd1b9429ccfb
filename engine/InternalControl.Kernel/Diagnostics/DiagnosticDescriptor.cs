namespace InternalControl.Kernel.Diagnostics;

/// <summary>
/// What one diagnostic code means: its severity and the message keys that say it (the plain message, and where the
/// same problem has a second wording, e.g. with "did you mean", that one too). A code never means two things.
/// </summary>
/// <param name="Code">The stable code, e.g. "IC1203".</param>
/// <param name="Severity">Error or warning, the same wherever the code is reported.</param>
/// <param name="Keys">The message keys of the code, in the resource catalogs of every language.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, IReadOnlyList<string> Keys);
