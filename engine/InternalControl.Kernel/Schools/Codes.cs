using System.Diagnostics.CodeAnalysis;
using InternalControl.Localization;

namespace InternalControl.Kernel.Schools;

/// <summary>
/// The codes that stand for enumerations in files, the database and the command line
/// (snake_case, as the import format names them), with strict parsing both ways.
/// </summary>
public static class Codes
{
    private static readonly Dictionary<StaffRole, string> RoleCodes = new()
    {
        [StaffRole.SubjectTeacher] = "subject_teacher",
        [StaffRole.ClassTeacher] = "class_teacher",
        [StaffRole.DeputyDirector] = "deputy_director",
        [StaffRole.Director] = "director",
        [StaffRole.Psychologist] = "psychologist",
        [StaffRole.SocialPedagogue] = "social_pedagogue",
        [StaffRole.MethodologicalCouncilHead] = "methodological_council_head",
    };

    private static readonly Dictionary<MarkKind, string> MarkKindCodes = new()
    {
        [MarkKind.Current] = "current",
        [MarkKind.Quarter] = "quarter",
        [MarkKind.Year] = "year",
        [MarkKind.Formative] = "formative",
        [MarkKind.UnitSummative] = "unit_summative",
        [MarkKind.TermSummative] = "term_summative",
    };

    private static readonly Dictionary<AbsenceExcuse, string> ExcuseCodes = new()
    {
        [AbsenceExcuse.None] = "none",
        [AbsenceExcuse.Medical] = "medical",
        [AbsenceExcuse.ParentNote] = "parent_note",
        [AbsenceExcuse.Event] = "event",
        [AbsenceExcuse.Released] = "released",
        [AbsenceExcuse.Family] = "family",
    };

    public static string Code(this StaffRole role) => RoleCodes[role];

    public static string Code(this MarkKind kind) => MarkKindCodes[kind];

    public static string Code(this AbsenceExcuse excuse) => ExcuseCodes[excuse];

    public static string Code(this Country country) => country == Country.Kz ? "kz" : "kg";

    public static IEnumerable<string> RoleCodeList => RoleCodes.Values;

    public static IEnumerable<string> MarkKindCodeList => MarkKindCodes.Values;

    public static IEnumerable<string> ExcuseCodeList => ExcuseCodes.Values;

    public static bool TryParseRole(string? text, out StaffRole role) => TryParse(RoleCodes, text, out role);

    public static bool TryParseMarkKind(string? text, out MarkKind kind) => TryParse(MarkKindCodes, text, out kind);

    public static bool TryParseExcuse(string? text, out AbsenceExcuse excuse) => TryParse(ExcuseCodes, text, out excuse);

    public static bool TryParseCountry(string? text, out Country country)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "kz":
                country = Country.Kz;
                return true;
            case "kg":
                country = Country.Kg;
                return true;
            default:
                country = default;
                return false;
        }
    }

    /// <summary>The resource key of a role's name, for people to read.</summary>
    public static string TextKey(this StaffRole role) => "Role." + role;

    /// <summary>The resource key of an excuse's name.</summary>
    public static string TextKey(this AbsenceExcuse excuse) => "Excuse." + excuse;

    /// <summary>The resource key of a mark kind's name.</summary>
    public static string TextKey(this MarkKind kind) => "MarkKind." + kind;

    /// <summary>The resource key of a language's name.</summary>
    public static string TextKey(this Language language) => "Language." + language;

    /// <summary>The resource key of a country's name.</summary>
    public static string TextKey(this Country country) => "Country." + country;

    /// <summary>The enumeration value whose code is <paramref name="text"/> (trimmed, any case): the one parser of every code map.</summary>
    internal static bool TryParse<T>(Dictionary<T, string> codes, string? text, [MaybeNullWhen(false)] out T value)
        where T : struct
    {
        var wanted = text?.Trim().ToLowerInvariant();
        foreach (var (key, code) in codes)
        {
            if (code == wanted)
            {
                value = key;
                return true;
            }
        }

        value = default;
        return false;
    }
}
