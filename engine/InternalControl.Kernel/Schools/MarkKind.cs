namespace InternalControl.Kernel.Schools;

/// <summary>What a mark records, and so which scale its value is on.</summary>
public enum MarkKind
{
    /// <summary>A current mark on the 5-point scale (1-5).</summary>
    Current,

    /// <summary>A quarter mark (1-5).</summary>
    Quarter,

    /// <summary>A year mark (1-5).</summary>
    Year,

    /// <summary>Kazakh formative assessment, 1-10 points, not counted in the mark.</summary>
    Formative,

    /// <summary>Kazakh unit summative (БЖБ/СОР), percent 0-100.</summary>
    UnitSummative,

    /// <summary>Kazakh term summative (ТЖБ/СОЧ), percent 0-100.</summary>
    TermSummative,
}
