using System.Globalization;
using System.Text;
using InternalControl.Kernel.Time;

namespace InternalControl.Benchmarks.Web;

/// <summary>
/// A bad quarter for the web benchmark's sample school: three "2" marks (No. 97 5.7) on the last three days of the sample
/// for <c>pairs</c> more pupil-subject pairs, written into the sample's marks.csv before the school imports it. The policy
/// then opens that many more cases, each with its subject teacher's task, so that the staff who drive the host have
/// work to complete for the whole run: the sample alone opens about 2,000 tasks, which 50 users complete in under 30 s.
/// </summary>
internal static class BadQuarter
{
    /// <summary>Adds the marks; the number of pairs given them.</summary>
    /// <param name="folder">The sample school's folder.</param>
    /// <param name="asOf">The sample's last day: the marks are dated on it and the two days before it.</param>
    /// <param name="pairs">How many pupil-subject pairs get three "2"s.</param>
    public static int Add(string folder, DateOnly asOf, int pairs)
    {
        var path = Path.Combine(folder, "marks.csv");
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        string[] dates = [IsoDate.Text(asOf.AddDays(-2)), IsoDate.Text(asOf.AddDays(-1)), IsoDate.Text(asOf)];
        // Pairs with current marks in the file (so the class is marked), none of them a "2" or dated on those days: a
        // case of these pairs is the bad quarter's, not the sample's own.
        var candidates = new Dictionary<(string Pupil, string Subject), bool>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length < 5 || cells[4] != "current")
            {
                continue;
            }

            var key = (cells[0], cells[1]);
            var clean = cells[3] != "2" && !dates.Contains(cells[2]);
            candidates[key] = candidates.GetValueOrDefault(key, true) && clean;
        }

        var chosen = candidates.Where(c => c.Value).Select(c => c.Key)
            .OrderBy(k => k.Pupil, StringComparer.Ordinal).ThenBy(k => k.Subject, StringComparer.Ordinal).ToList();
        var step = Math.Max(1, chosen.Count / Math.Max(1, pairs));
        var added = new StringBuilder();
        var count = 0;
        for (var i = 0; i < chosen.Count && count < pairs; i += step, count++)
        {
            foreach (var date in dates)
            {
                added.Append(CultureInfo.InvariantCulture, $"{chosen[i].Pupil},{chosen[i].Subject},{date},2,current,\n");
            }
        }

        File.AppendAllText(path, added.ToString(), new UTF8Encoding(false));
        return count;
    }
}
