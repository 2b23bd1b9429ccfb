namespace InternalControl.Application.Policies.Workbench;

/// <summary>A line comparison of two texts: the longest common subsequence of their lines, the rest removed or added.</summary>
public static class LineDiff
{
    /// <summary>The lines of <paramref name="older"/> and <paramref name="newer"/> in order, each same, removed or added.</summary>
    public static IReadOnlyList<DiffLine> Compare(string older, string newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var a = Lines(older);
        var b = Lines(newer);

        // Common head and tail first: a policy edit touches a few lines, so the table below stays small.
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        var n = a.Length - head - tail;
        var m = b.Length - head - tail;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[head + i] == b[head + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<DiffLine>(a.Length + b.Length);
        for (var k = 0; k < head; k++)
        {
            lines.Add(new DiffLine(DiffKind.Same, k + 1, k + 1, a[k]));
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[head + x] == b[head + y])
            {
                lines.Add(new DiffLine(DiffKind.Same, head + x + 1, head + y + 1, a[head + x]));
                x++;
                y++;
            }
            else if (y < m && (x == n || lcs[x, y + 1] > lcs[x + 1, y]))
            {
                lines.Add(new DiffLine(DiffKind.Added, null, head + y + 1, b[head + y]));
                y++;
            }
            else
            {
                lines.Add(new DiffLine(DiffKind.Removed, head + x + 1, null, a[head + x]));
                x++;
            }
        }

        for (var k = 0; k < tail; k++)
        {
            lines.Add(new DiffLine(DiffKind.Same, a.Length - tail + k + 1, b.Length - tail + k + 1, a[a.Length - tail + k]));
        }

        return lines;
    }

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
}
