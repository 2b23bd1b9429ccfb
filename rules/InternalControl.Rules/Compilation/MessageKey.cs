using System.Text.RegularExpressions;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// Tells a text key (`Policy.Kg.UnexcusedDiary`: dotted words of letters, digits and underscores) from a message
/// written as the text itself in a `notify` action.
/// </summary>
internal static partial class MessageKey
{
    public static bool IsKey(string message) => KeyPattern().IsMatch(message);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$")]
    private static partial Regex KeyPattern();
}
