using System.Globalization;
using System.Text;

namespace InternalControl.Kernel.Text;

/// <summary>
/// Checks one text value a person typed or a file carried before it is stored, and brings it to Unicode NFC so that
/// the same name typed on two keyboards (a precomposed letter, or a letter and a combining mark) is one name.
/// Control characters (ESC and the rest of C0 and C1, a tab, a line break) are refused in any field: a name with a
/// terminal escape sequence would be printed raw by every command that lists it. In an id, invisible characters
/// (a byte order mark, a zero-width space, a right-to-left mark: Unicode's format characters) and separators other
/// than a space are refused too, since an id that prints like another would make the same pupil two.
/// </summary>
public static class TextCheck
{
    /// <summary>
    /// Returns the NFC form of <paramref name="value"/>, or null with the problem in <paramref name="problem"/>: its text
    /// key and arguments (the character as U+XXXX and its 1-based position; for <c>Text.TooLong</c> the length and the limit).
    /// <paramref name="lines"/> allows line breaks (a task form's text field, written in a text area).
    /// </summary>
    public static string? Check(string value, bool id, int limit, out (string Key, object[] Args) problem, bool lines = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        problem = default;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var category = char.GetUnicodeCategory(c);
            if (lines && c is '\n' or '\r')
            {
                continue;
            }

            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                problem = ("Text.LineBreak", [Code(c), i + 1]);
                return null;
            }

            if (category == UnicodeCategory.Control)
            {
                problem = ("Text.ControlCharacter", [Code(c), i + 1]);
                return null;
            }

            if (id && (category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || category == UnicodeCategory.SpaceSeparator && c != ' '))
            {
                problem = ("Text.InvisibleInId", [Code(c), i + 1]);
                return null;
            }
        }

        var normal = value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        if (normal.Length > limit)
        {
            problem = ("Text.TooLong", [normal.Length, limit]);
            return null;
        }

        return normal;
    }

    /// <summary>A character as its Unicode code point (U+200B), since it cannot be shown.</summary>
    private static string Code(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
