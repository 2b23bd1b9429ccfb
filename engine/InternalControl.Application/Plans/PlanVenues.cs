using InternalControl.Kernel.Plans;

namespace InternalControl.Application.Plans;

/// <summary>
/// The plan's venues among the venues the decision matrix names (seed 000 §3.3, the policy's table tagged <c>report hearing_venue</c>, whose
/// values are the Domain catalog's <c>Venue.*</c> keys): the meeting under the director, the methodological councils
/// (ӘК and ҒӘК, both chaired by the council's head) and the pedagogical council. The matrix's other venues (a
/// methodological association, the class teachers' meeting, a commission, ...) are heard by no chair the plan knows.
/// </summary>
public static class PlanVenues
{
    private static readonly Dictionary<string, PlanVenue> Matrix = new(StringComparer.Ordinal)
    {
        ["Venue.DirectorsMeeting"] = PlanVenue.DirectorMeeting,
        ["Venue.MethodologicalCouncil"] = PlanVenue.MethodologicalCouncil,
        ["Venue.ScientificMethodologicalCouncil"] = PlanVenue.MethodologicalCouncil,
        ["Venue.PedagogicalCouncil"] = PlanVenue.PedagogicalCouncil,
    };

    /// <summary>The plan's venue for a matrix venue key; null for any other venue, "-" or none.</summary>
    public static PlanVenue? OfMatrix(string? venueKey) =>
        venueKey is not null && Matrix.TryGetValue(venueKey, out var venue) ? venue : null;
}
