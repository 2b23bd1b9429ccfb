using System.Globalization;
using Microsoft.Extensions.Configuration;

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

    /// <summary>
    /// The options <paramref name="configuration"/> sets: <c>Access:ParentLinkMinutes</c> and
    /// <c>Access:ParentLinksPerHour</c>, each a positive whole number; one missing or not such a number keeps
    /// <paramref name="fallback"/>'s. The web host's sign-in page and the Telegram bot's <c>/signin</c> read the same.
    /// </summary>
    public static ParentLinkOptions Read(IConfiguration configuration, ParentLinkOptions fallback)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(fallback);
        var minutes = Positive(configuration["Access:ParentLinkMinutes"]);
        var perHour = Positive(configuration["Access:ParentLinksPerHour"]);
        return new ParentLinkOptions(minutes is { } m ? TimeSpan.FromMinutes(m) : fallback.Validity, perHour ?? fallback.PerHour);
    }

    private static int? Positive(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
