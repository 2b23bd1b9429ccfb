namespace InternalControl.Kernel.Schools;

/// <summary>
/// A mark as the journal keeps it: a value on the scale its kind sets. Current, quarter and year marks are 1-5;
/// Kazakh formative assessment (ФО/ҚБ) is points out of 10 (seed 001 R29); Kazakh unit and term summatives
/// (СОР/БЖБ, СОЧ/ТЖБ) are points out of <see cref="Max"/>, the maximum of that summative's specification
/// (seed 001 R30). The percent is computed from the points, never stored.
/// </summary>
public sealed record Mark(string PupilId, string SubjectId, DateOnly Date, int Value, MarkKind Kind)
{
    /// <summary>
    /// The highest points of a summative (СОР or СОЧ); null for other kinds, and for a summative recorded as a
    /// percent (a file without maxima), which then reads as points out of 100.
    /// </summary>
    public int? Max { get; init; }

    /// <summary>The points this mark is out of: <see cref="Max"/>, else the top of its kind's scale.</summary>
    public int OutOf => Max ?? Range(Kind).Max;

    /// <summary>The value as a percent of <see cref="OutOf"/> (a summative's 12 of 15 points is 80%).</summary>
    public double Percent => OutOf > 0 ? Value * 100.0 / OutOf : double.NaN;

    /// <summary>The lowest and highest value a mark of this kind may take.</summary>
    public static (int Min, int Max) Range(MarkKind kind) => kind switch
    {
        MarkKind.Formative => (1, 10),
        MarkKind.UnitSummative or MarkKind.TermSummative => (0, MaxPoints),
        _ => (1, 5),
    };

    /// <summary>
    /// The most points a summative may be out of: 100, so that a summative recorded as a percent is still valid
    /// (the real maxima are lower: a СОР has 7-15 points in grades 1-4 and 7-20 in grades 5-11, seed 001 R30).
    /// </summary>
    public const int MaxPoints = 100;

    /// <summary>Whether a kind is recorded as points out of a maximum (СОР and СОЧ).</summary>
    public static bool HasMax(MarkKind kind) => kind is MarkKind.UnitSummative or MarkKind.TermSummative;
}
