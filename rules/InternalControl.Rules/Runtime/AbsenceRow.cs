namespace InternalControl.Rules.Runtime;

/// <summary>An absence as the compiled rules read it.</summary>
internal struct AbsenceRow
{
    public int Day;
    public int Lessons;
    public int Excuse;
    public int Term;

    /// <summary>A document confirms the reason (No. 97 6.2: without one an excuse counts as unexcused).</summary>
    public bool Documented;

    /// <summary>
    /// The day's place (1, 2, 3, ...) in its run of consecutive school days missed with the same excuse:
    /// No. 97 6.2 A limits a parent's note to a number of days of one absence, not per quarter.
    /// </summary>
    public int DayInRow;
}
