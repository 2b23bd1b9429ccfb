using System.Diagnostics.CodeAnalysis;

namespace InternalControl.Kernel.Schools;

/// <summary>The codes of <see cref="QualificationCategory"/> in files, the database and policy text, and the keys of their names.</summary>
public static class QualificationCategories
{
    private static readonly Dictionary<QualificationCategory, string> CodeOf = new()
    {
        [QualificationCategory.Pedagogue] = "pedagogue",
        [QualificationCategory.Moderator] = "moderator",
        [QualificationCategory.Expert] = "expert",
        [QualificationCategory.Researcher] = "researcher",
        [QualificationCategory.Master] = "master",
        [QualificationCategory.Highest] = "highest",
        [QualificationCategory.First] = "first",
        [QualificationCategory.Second] = "second",
    };

    /// <summary>Every code, in the enumeration's order.</summary>
    public static IEnumerable<string> CodeList => CodeOf.Values;

    public static string Code(this QualificationCategory category) => CodeOf[category];

    /// <summary>The resource key of a category's name (Domain catalog).</summary>
    public static string TextKey(this QualificationCategory category) => "Category." + category;

    public static bool TryParse(string? text, [MaybeNullWhen(false)] out QualificationCategory category) => Codes.TryParse(CodeOf, text, out category);
}
