namespace InternalControl.Application.Policies.Workbench;

/// <summary>A compiler diagnostic as the editor shows it: where (1-based line and column, 0-based offset, length) and the message in the reader's language.</summary>
public sealed record PolicyDiagnostic(string Code, bool IsError, string File, int Line, int Column, int Offset, int Length, string Message);
