namespace InternalControl.Application.Reports;

/// <summary>Which report, and for what: a class, a quarter (1-4) or a month, each only where the report takes it (<see cref="ReportCatalog.Filters"/>).</summary>
/// <param name="Name">The report's name, as the command line spells it (one of <see cref="ReportCatalog.Names"/>).</param>
public sealed record ReportRequest(string Name)
{
    /// <summary>Only this class (its id), when set.</summary>
    public string? ClassId { get; init; }

    /// <summary>This quarter, 1-4, when set; otherwise the quarter of today (or the whole year, for the reports over cases).</summary>
    public int? Quarter { get; init; }

    /// <summary>This month (any day of it), when set; otherwise the month of today.</summary>
    public DateOnly? Month { get; init; }
}
