namespace InternalControl.Application.Documents;

/// <summary>Which document, and for what: a quarter (1-4; by default today's) or the whole year, and one class or the school.</summary>
/// <param name="Kind">The document.</param>
public sealed record DocumentRequest(DocumentKind Kind)
{
    /// <summary>This quarter, 1-4; otherwise the quarter of today.</summary>
    public int? Quarter { get; init; }

    /// <summary>
    /// The whole year: the minutes and the order list the pupils with a "2" as a year mark, as the council decides at
    /// the end of the year (No. 97 9.5); the note reports on quarter 4.
    /// </summary>
    public bool Year { get; init; }

    /// <summary>The evaluation sheet of a <see cref="DocumentKind.SheetNote"/> (its id, "VI.3").</summary>
    public string? Sheet { get; init; }

    /// <summary>Only this class (its id), when set.</summary>
    public string? ClassId { get; init; }
}
