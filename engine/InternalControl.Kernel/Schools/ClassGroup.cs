using InternalControl.Localization;

namespace InternalControl.Kernel.Schools;

/// <summary>A class of pupils ("7Б"), taught in one language, led by a class teacher.</summary>
public sealed record ClassGroup(string Id, string Name, int GradeLevel, Language Language, string? ClassTeacherId)
{
    /// <summary>
    /// Whether the class gets marks, as the import says (classes.csv <c>marked</c>: the Kyrgyz 2025 standard, which leaves
    /// the first grades unmarked, is phased in class by class); null when the import leaves it open, and the policy's
    /// country rule decides (No. 97 policy: <c>marked_from_grade</c>).
    /// </summary>
    public bool? Marked { get; init; }
}
