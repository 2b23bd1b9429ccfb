using System.Globalization;

namespace InternalControl.Kernel.Text;

/// <summary>
/// "Did you mean": the one measure of how close a word a person typed is to the words the product knows, and the one
/// rule for when a word is close enough to suggest. Every diagnostic that suggests a keyword, field, function,
/// parameter or role goes through here, so that all of them suggest alike.
/// </summary>
public static class Suggestions
{
    /// <summary>
    /// Edit distance (insert, delete, replace, or swap two neighbouring letters, "valeu" for "value"), ignoring case:
    /// the optimal string alignment distance.
    /// </summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a = a.ToLower(CultureInfo.InvariantCulture);
        b = b.ToLower(CultureInfo.InvariantCulture);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>The most edits a word of this length may be from a suggestion: a third of it, at least one.</summary>
    public static int Limit(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Math.Max(1, word.Length / 3);
    }

    /// <summary>The candidates close enough to suggest for <paramref name="word"/>, nearest first (ties in ordinal order).</summary>
    public static IReadOnlyList<string> Closest(string word, IEnumerable<string> candidates, int max = 1)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var limit = Limit(word);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Word: c, Distance: Distance(word, c)))
            .Where(p => p.Distance <= limit)
            .OrderBy(p => p.Distance).ThenBy(p => p.Word, StringComparer.Ordinal)
            .Take(max)
            .Select(p => p.Word)
            .ToList();
    }

    /// <summary>The one candidate to suggest for <paramref name="word"/>, or null when none is close enough.</summary>
    public static string? Best(string word, IEnumerable<string> candidates) => Closest(word, candidates).FirstOrDefault();

    /// <summary>
    /// The nearest of a short closed list (the roles, say), however far: where every choice fits on one line, the
    /// nearest one is a better hint than none. Null only when the list is empty.
    /// </summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates.OrderBy(c => Distance(word, c)).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault();
    }
}
