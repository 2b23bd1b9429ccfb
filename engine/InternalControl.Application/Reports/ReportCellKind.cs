namespace InternalControl.Application.Reports;

/// <summary>What a report cell holds, and so how it is formatted for the reader.</summary>
public enum ReportCellKind
{
    /// <summary>Nothing (a missing figure).</summary>
    Empty,

    /// <summary>Text, already in the reader's language.</summary>
    Text,

    /// <summary>A whole number (a count, a mark).</summary>
    Integer,

    /// <summary>A number with one decimal (a mean).</summary>
    Decimal,

    /// <summary>A percentage, held as 0-100.</summary>
    Percent,

    /// <summary>A calendar date.</summary>
    Date,
}
