using System.Diagnostics.CodeAnalysis;

namespace InternalControl.Application.Teachers;

/// <summary>The codes of <see cref="TeacherFindingSource"/> as a person types them, and the finding part of the case key.</summary>
public static class TeacherFindingSources
{
    /// <summary>The codes a person types: attestation, inspection.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["attestation", "inspection"];

    /// <summary>Parses a typed code (letter case aside).</summary>
    public static bool TryParse(string? code, [NotNullWhen(true)] out TeacherFindingSource? source)
    {
        source = code?.Trim().ToLowerInvariant() switch
        {
            "attestation" => TeacherFindingSource.Attestation,
            "inspection" => TeacherFindingSource.Inspection,
            _ => null,
        };
        return source is not null;
    }

    /// <summary>
    /// The case key's finding part: "state_attestation" or "inspection", apart from the dates the rules open
    /// ("attestation", "training"), so that a recorded finding never stands in for a category that fell due.
    /// </summary>
    public static string KeyPart(this TeacherFindingSource source) => source switch
    {
        TeacherFindingSource.Attestation => "state_attestation",
        _ => "inspection",
    };
}
