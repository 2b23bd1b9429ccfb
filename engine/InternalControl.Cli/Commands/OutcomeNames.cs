using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>
/// A task's outcomes as a person at a terminal names them: `ic tasks` shows each by its name in the reader's language,
/// and `ic complete --outcome` takes that name (in any of the school languages, letter case aside) as well as the code.
/// </summary>
internal static class OutcomeNames
{
    /// <summary>The outcome's name in the reader's language; the code where the catalog has no name.</summary>
    public static string Name(Localizer texts, string outcome) => texts.GetOr("Workflows.Outcome." + outcome, outcome);

    /// <summary>
    /// The code of the outcome <paramref name="typed"/> names among <paramref name="offered"/>; what was typed when it
    /// names none, so that the runtime refuses it with the outcomes the task offers.
    /// </summary>
    public static string Code(IReadOnlyList<string> offered, string typed)
    {
        var text = typed.Trim();
        if (offered.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        var named = offered.Where(o => Languages.All.Any(l =>
            string.Equals(new Localizer(l).GetOr("Workflows.Outcome." + o, o), text, StringComparison.OrdinalIgnoreCase))).ToList();
        return named.Count == 1 ? named[0] : typed;
    }
}
