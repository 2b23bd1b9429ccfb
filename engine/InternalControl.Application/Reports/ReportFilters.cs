namespace InternalControl.Application.Reports;

/// <summary>The filters a report takes: the rest it ignores, so a page offers only these.</summary>
[Flags]
public enum ReportFilters
{
    /// <summary>No filter: the whole school, as of today.</summary>
    None = 0,

    /// <summary>One class (its id).</summary>
    Class = 1,

    /// <summary>One quarter, 1-4.</summary>
    Quarter = 2,

    /// <summary>One month of the school year.</summary>
    Month = 4,
}
