namespace InternalControl.Rules.Runtime;

/// <summary>An absence as the compiled rules read it.</summary>
internal struct AbsenceRow
{
    public int Day;
    public int Lessons;
    public int Excuse;
    public int Term;
}
