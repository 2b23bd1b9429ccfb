namespace InternalControl.Rules.Tables;

/// <summary>
/// The values a table cell accepts, as far as compile time can tell: any, a union of numeric intervals
/// (numbers and dates), or a set of texts (possibly "all but"). Unknown cells (they read a value only known
/// at run time) prove nothing, so no overlap or gap is reported for them.
/// </summary>
internal sealed record CellSet(bool Any, bool Unknown, IReadOnlyList<Interval> Intervals, IReadOnlySet<string> Texts, bool AllBut)
{
    public static CellSet Anything { get; } = new(true, false, [], new HashSet<string>(), false);

    public static CellSet Unknowable { get; } = new(false, true, [], new HashSet<string>(), false);

    public bool Overlaps(CellSet other)
    {
        if (Unknown || other.Unknown)
        {
            return false;
        }

        if (Any || other.Any)
        {
            return true;
        }

        if (Intervals.Count > 0 || other.Intervals.Count > 0)
        {
            return Intervals.Any(a => other.Intervals.Any(a.Overlaps));
        }

        return (AllBut, other.AllBut) switch
        {
            (false, false) => Texts.Overlaps(other.Texts),
            (false, true) => Texts.Any(t => !other.Texts.Contains(t)),
            (true, false) => other.Texts.Any(t => !Texts.Contains(t)),
            _ => true,
        };
    }

    public bool Contains(object value)
    {
        if (Any)
        {
            return true;
        }

        return value switch
        {
            double number => Intervals.Any(i => i.Contains(number)),
            string text => AllBut ? !Texts.Contains(text) : Texts.Contains(text),
            bool flag => AllBut ? !Texts.Contains(flag ? "true" : "false") : Texts.Contains(flag ? "true" : "false"),
            _ => false,
        };
    }
}
