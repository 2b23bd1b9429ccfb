using System.CommandLine;
using System.Globalization;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>`--nightly-at HH:mm`, the school-local time from which the nightly evaluation runs, shared by `ic worker` and `ic serve`.</summary>
internal static class NightlyAtOption
{
    /// <summary>The time when the option is left out.</summary>
    public static readonly TimeOnly Default = new(2, 0);

    public static Option<string?> Create(Localizer texts) => new("--nightly-at") { Description = texts.Get("Cli.Worker.NightlyAt") };

    /// <summary>The time given, or <see cref="Default"/>; a time that is not HH:mm is the user's error, named.</summary>
    public static TimeOnly Read(ParseResult parse, Option<string?> option)
    {
        var at = Default;
        if (parse.GetValue(option) is { } text && !TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            throw new UserErrorException("Cli.Worker.Error.NightlyAt", text);
        }

        return at;
    }
}
