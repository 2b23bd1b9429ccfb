using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InternalControl.Kernel.Time;

namespace InternalControl.Storage.Database;

/// <summary>
/// A table's rows as a multiset of fingerprints (128 bits of SHA-256 over the row's values in column order), each value
/// written the same whichever database holds it (a boolean as 0 or 1, a number in invariant digits, a timestamp in ISO
/// 8601, text as it is), so that a row copied from SQLite to PostgreSQL or back has the fingerprint it had.
/// </summary>
internal static class RowFingerprints
{
    public static Dictionary<UInt128, int> Of(DbConnection connection, DbTransaction tx, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;

        // The table name comes from the database's own catalog, never from input; columns are read in name order so that
        // both databases give them in the same order.
        command.CommandText = $"SELECT * FROM \"{table}\"";
        using var reader = command.ExecuteReader();
        var order = Enumerable.Range(0, reader.FieldCount).OrderBy(reader.GetName, StringComparer.Ordinal).ToList();
        var counts = new Dictionary<UInt128, int>();
        var text = new StringBuilder();
        while (reader.Read())
        {
            text.Clear();
            foreach (var i in order)
            {
                text.Append(reader.IsDBNull(i) ? "\u2400" : Text(reader.GetValue(i))).Append('\u241F');
            }

            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
            var key = new UInt128(BitConverter.ToUInt64(hash, 0), BitConverter.ToUInt64(hash, 8));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    /// <summary>How many rows of <paramref name="source"/> the <paramref name="target"/> lacks or holds more of.</summary>
    public static long Differing(Dictionary<UInt128, int> source, Dictionary<UInt128, int> target) =>
        source.Sum(s => (long)Math.Abs(s.Value - target.GetValueOrDefault(s.Key)))
        + target.Where(t => !source.ContainsKey(t.Key)).Sum(t => (long)t.Value);

    private static string Text(object value) => value switch
    {
        bool flag => flag ? "1" : "0",
        DateTime time => IsoInstant.Text(time),
        DateTimeOffset time => IsoInstant.UtcText(time),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => ((double)number).ToString("R", CultureInfo.InvariantCulture),
        decimal number => ((double)number).ToString("R", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        byte[] bytes => System.Convert.ToBase64String(bytes),
        var other => other.ToString() ?? "",
    };
}
