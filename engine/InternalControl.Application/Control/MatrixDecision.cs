using InternalControl.Localization;

namespace InternalControl.Application.Control;

/// <summary>
/// What the decision matrix prescribes for one group on one sheet (seed 000 §3.3): the actions, the venue
/// where the result is heard, the output document, and whether the object is controlled again or leaves control.
/// Every text is a resource key (Policies and Domain catalogs).
/// </summary>
/// <param name="Actions">Keys of the actions (Matrix.Action.*).</param>
/// <param name="Venue">Key of the venue (Venue.*), or null when the sheet names none.</param>
/// <param name="Output">Key of the output document (Output.*), or null when the sheet names none.</param>
/// <param name="Recontrol">True for groups A and B: the object is controlled again (§3.4).</param>
/// <param name="LeavesControl">True for group C: the object leaves control and becomes a resource for A and B (§3.3).</param>
public sealed record MatrixDecision(IReadOnlyList<string> Actions, string? Venue, string? Output, bool Recontrol, bool LeavesControl)
{
    /// <summary>
    /// The decision as the sheets write it, "actions / output / venue", in the reader's language, with
    /// re-control or the exit from control at the end.
    /// </summary>
    public string Describe(Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var parts = new List<string> { string.Join("; ", Actions.Select(a => localizer.Get(a))) };
        parts.AddRange(new[] { Output, Venue }.OfType<string>().Select(k => localizer.Get(k)));
        if (Recontrol)
        {
            parts.Add(localizer.Get("Matrix.Recontrol"));
        }

        if (LeavesControl)
        {
            parts.Add(localizer.Get("Matrix.LeavesControl"));
        }

        return string.Join(" / ", parts);
    }
}
