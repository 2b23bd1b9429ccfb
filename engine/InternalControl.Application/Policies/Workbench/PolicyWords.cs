namespace InternalControl.Application.Policies.Workbench;

/// <summary>
/// What the editor completes, in one language of the policy language: keywords, fact types, fields and functions (every
/// synonym the vocabulary has), and the attached policy's parameters with their descriptions.
/// </summary>
public sealed record PolicyWords(
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Functions,
    IReadOnlyList<(string Name, string Detail)> Parameters);
