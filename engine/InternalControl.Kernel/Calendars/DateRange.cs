namespace InternalControl.Kernel.Calendars;

/// <summary>A named run of days with no lessons (a vacation), optionally only for some grades.</summary>
public sealed record DateRange(string Name, DateOnly Start, DateOnly End, IReadOnlyList<int> Grades)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>True when the range applies to pupils of <paramref name="grade"/> (an empty list means every grade).</summary>
    public bool AppliesTo(int? grade) => Grades.Count == 0 || (grade is { } g && Grades.Contains(g));
}
