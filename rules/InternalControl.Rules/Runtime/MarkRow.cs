namespace InternalControl.Rules.Runtime;

/// <summary>A mark as the compiled rules read it: plain ints, no references, so a group is one tight array.</summary>
internal struct MarkRow
{
    public int Value;
    public int Kind;
    public int Day;
    public int Term;

    /// <summary>The points the value is out of (a summative's maximum, 10 for formative points, 5 for marks).</summary>
    public int Max;
}
