namespace InternalControl.Rules.Tables;

/// <summary>A numeric interval with open or closed ends.</summary>
internal sealed record Interval(double Low, bool LowIncluded, double High, bool HighIncluded)
{
    public static Interval Point(double value) => new(value, true, value, true);

    public bool Contains(double value) =>
        (value > Low || (LowIncluded && value == Low)) && (value < High || (HighIncluded && value == High));

    public bool Overlaps(Interval other)
    {
        var low = Math.Max(Low, other.Low);
        var high = Math.Min(High, other.High);
        if (low < high)
        {
            return true;
        }

        return low == high && Contains(low) && other.Contains(low);
    }
}
