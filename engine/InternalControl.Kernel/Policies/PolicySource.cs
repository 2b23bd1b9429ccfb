namespace InternalControl.Kernel.Policies;

/// <summary>A policy file's text and the name to show in diagnostics.</summary>
public sealed record PolicySource(string File, string Text);
