namespace InternalControl.Kernel.Schools;

/// <summary>A mark: a value on the scale its kind sets (1-5, 1-10 or a percent).</summary>
public sealed record Mark(string PupilId, string SubjectId, DateOnly Date, int Value, MarkKind Kind)
{
    /// <summary>The lowest and highest value a mark of this kind may take.</summary>
    public static (int Min, int Max) Range(MarkKind kind) => kind switch
    {
        MarkKind.Formative => (1, 10),
        MarkKind.UnitSummative or MarkKind.TermSummative => (0, 100),
        _ => (1, 5),
    };
}
