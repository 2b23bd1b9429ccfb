using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;

namespace InternalControl.Benchmarks.Rules;

/// <summary>What a programmer would write by hand for the same two jobs: the yardstick of the compiled rules.</summary>
internal static class HandWritten
{
    /// <summary>Pupil-subject pairs with 3 or more "2" marks in the current quarter as of now, in one pass over the list.</summary>
    public static List<(string Pupil, string Subject)> WeakPairs(IReadOnlyList<Mark> marks, SchoolCalendar calendar, DateOnly now)
    {
        var quarter = calendar.QuarterOf(now)!;
        var counts = new Dictionary<(string, string), int>();
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            if (mark.Value == 2 && mark.Date <= now && mark.Date >= quarter.Start && mark.Date <= quarter.End)
            {
                var key = (mark.PupilId, mark.SubjectId);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var weak = new List<(string, string)>();
        foreach (var (key, count) in counts)
        {
            if (count >= 3)
            {
                weak.Add(key);
            }
        }

        return weak;
    }

    /// <summary>Percent to mark, Kazakh criteria-based assessment: 0-39 -> 2, 40-64 -> 3, 65-84 -> 4, 85-100 -> 5.</summary>
    public static double Mark(double percent) => percent switch
    {
        >= 0 and <= 39 => 2,
        >= 40 and <= 64 => 3,
        >= 65 and <= 84 => 4,
        >= 85 and <= 100 => 5,
        _ => double.NaN,
    };
}
