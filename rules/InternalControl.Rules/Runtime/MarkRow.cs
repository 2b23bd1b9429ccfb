namespace InternalControl.Rules.Runtime;

/// <summary>
/// A mark as the compiled rules read it: eight bytes and no references, so a pupil's marks are one tight array (a
/// region's millions of marks are held by every school's session). The value is a short and the maximum a byte: the
/// import refuses a value or maximum above <see cref="Kernel.Schools.Mark.MaxPoints"/>, and a larger one is held as
/// the largest it can hold. The kind and the quarter share a byte (a kind below 16, a quarter below 16).
/// </summary>
internal readonly struct MarkRow
{
    private readonly int _day;
    private readonly short _value;
    private readonly byte _max;
    private readonly byte _kindTerm;

    public MarkRow(int value, int kind, int day, int term, int max)
    {
        _day = day;
        _value = (short)Math.Clamp(value, short.MinValue, short.MaxValue);
        _max = (byte)Math.Clamp(max, 0, byte.MaxValue);
        _kindTerm = (byte)((kind & 0x0F) | (Math.Clamp(term, 0, 15) << 4));
    }

    public int Value => _value;

    public int Kind => _kindTerm & 0x0F;

    /// <summary>The date's day number (<see cref="DateOnly.DayNumber"/>).</summary>
    public int Day => _day;

    /// <summary>The quarter number of the date (0 outside the year).</summary>
    public int Term => _kindTerm >> 4;

    /// <summary>The points the value is out of (a summative's maximum, 10 for formative points, 5 for marks).</summary>
    public int Max => _max;

    /// <summary>
    /// True when two rows record the same mark (value, kind, date and points; the term follows from the date): the journal
    /// finds a corrected or deleted mark by what it records.
    /// </summary>
    public bool SameMark(MarkRow other) => Value == other.Value && Kind == other.Kind && Day == other.Day && Max == other.Max;
}
