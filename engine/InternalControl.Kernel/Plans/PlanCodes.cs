using System.Diagnostics.CodeAnalysis;
using InternalControl.Kernel.Schools;

namespace InternalControl.Kernel.Plans;

/// <summary>The snake_case codes of the plan's enumerations in plan.csv and the database, with strict parsing.</summary>
public static class PlanCodes
{
    private static readonly Dictionary<PlanVenue, string> VenueCodes = new()
    {
        [PlanVenue.DirectorMeeting] = "director_meeting",
        [PlanVenue.MethodologicalCouncil] = "methodological_council",
        [PlanVenue.PedagogicalCouncil] = "pedagogical_council",
    };

    private static readonly Dictionary<PlanOutput, string> OutputCodes = new()
    {
        [PlanOutput.ReferenceNote] = "reference_note",
        [PlanOutput.Order] = "order",
        [PlanOutput.Minutes] = "minutes",
    };

    private static readonly Dictionary<PlanObjectKind, string> ObjectKindCodes = new()
    {
        [PlanObjectKind.School] = "school",
        [PlanObjectKind.Staff] = "staff",
        [PlanObjectKind.Class] = "class",
        [PlanObjectKind.Subject] = "subject",
    };

    public static string Code(this PlanVenue venue) => VenueCodes[venue];

    public static string Code(this PlanOutput output) => OutputCodes[output];

    public static string Code(this PlanObjectKind kind) => ObjectKindCodes[kind];

    public static IEnumerable<string> VenueCodeList => VenueCodes.Values;

    public static IEnumerable<string> OutputCodeList => OutputCodes.Values;

    public static IEnumerable<string> ObjectKindCodeList => ObjectKindCodes.Values;

    public static bool TryParseVenue(string? text, out PlanVenue venue) => Codes.TryParse(VenueCodes, text, out venue);

    public static bool TryParseOutput(string? text, out PlanOutput output) => Codes.TryParse(OutputCodes, text, out output);

    public static bool TryParseObjectKind(string? text, out PlanObjectKind kind) => Codes.TryParse(ObjectKindCodes, text, out kind);

    /// <summary>The resource key of a venue's name (Plan.Venue.*).</summary>
    public static string TextKey(this PlanVenue venue) => "Plan.Venue." + venue;

    /// <summary>The resource key of an output's name (Plan.Output.*).</summary>
    public static string TextKey(this PlanOutput output) => "Plan.Output." + output;

    /// <summary>The months of a plan row as stored: "10|12|3".</summary>
    public static string MonthsText(IEnumerable<int> months) => string.Join("|", months);

    /// <summary>Parses <see cref="MonthsText"/>: one or more months 1-12, each once; false otherwise.</summary>
    public static bool TryParseMonths(string? text, [NotNullWhen(true)] out IReadOnlyList<int>? months)
    {
        months = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var list = new List<int>();
        foreach (var part in text.Split('|'))
        {
            if (!int.TryParse(part.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month)
                || month is < 1 or > 12 || list.Contains(month))
            {
                return false;
            }

            list.Add(month);
        }

        months = list;
        return true;
    }
}
