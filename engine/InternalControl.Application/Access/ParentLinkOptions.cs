namespace InternalControl.Application.Access;

/// <summary>
/// How parents' sign-in links behave: how long a link a parent asked for stays valid (short: they asked for it now),
/// and how many links one parent may be sent in an hour, however many of their addresses are typed.
/// </summary>
/// <param name="Validity">How long a link a parent asked for on the sign-in page stays valid.</param>
/// <param name="PerHour">Links one parent may be sent in any hour (asked for, or sent by the school).</param>
public sealed record ParentLinkOptions(TimeSpan Validity, int PerHour)
{
    /// <summary>30 minutes, 3 an hour.</summary>
    public static ParentLinkOptions Default { get; } = new(TimeSpan.FromMinutes(30), 3);
}
