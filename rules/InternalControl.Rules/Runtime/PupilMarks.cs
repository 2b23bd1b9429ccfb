using System.Runtime.CompilerServices;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// All marks of one pupil in one array, ordered by subject: rows of subject s are Rows[Start[s]..Start[s + 1]).
/// One pupil's re-evaluation then reads one contiguous block instead of an array per subject.
/// </summary>
internal sealed class PupilMarks
{
    public MarkRow[] Rows;
    public readonly int[] Start;

    public PupilMarks(int subjects, int capacity)
    {
        Rows = new MarkRow[Math.Max(4, capacity)];
        Start = new int[subjects + 1];
    }

    public int Count => Start[^1];

    /// <summary>Appends a row to a subject's run (during loading, rows arrive grouped by the two-pass build).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Insert(int subject, MarkRow row)
    {
        var count = Count;
        if (count == Rows.Length)
        {
            Array.Resize(ref Rows, Rows.Length * 2);
        }

        var at = Start[subject + 1];
        Array.Copy(Rows, at, Rows, at + 1, count - at);
        Rows[at] = row;
        for (var s = subject + 1; s < Start.Length; s++)
        {
            Start[s]++;
        }
    }

    /// <summary>Removes the row at an absolute position of a subject's run (a corrected or deleted mark).</summary>
    public void RemoveAt(int subject, int at)
    {
        var count = Count;
        Array.Copy(Rows, at + 1, Rows, at, count - at - 1);
        for (var s = subject + 1; s < Start.Length; s++)
        {
            Start[s]--;
        }
    }

    public bool Has(int subject) => Start[subject + 1] > Start[subject];
}
