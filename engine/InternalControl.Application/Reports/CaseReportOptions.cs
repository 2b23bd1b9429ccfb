using InternalControl.Kernel.Calendars;

namespace InternalControl.Application.Reports;

/// <summary>What a report over the case journal covers: the school year's calendar, today, and optionally one quarter and one class.</summary>
/// <param name="Calendar">The calendar of the school year the report covers.</param>
/// <param name="Today">Today at the school: what is open or closed is as of this day.</param>
public sealed record CaseReportOptions(SchoolCalendar Calendar, DateOnly Today)
{
    /// <summary>Only the cases opened in this quarter (1-4), when set; the yearly summary ignores it.</summary>
    public int? Quarter { get; init; }

    /// <summary>Only the pupils of this class, when set (its id).</summary>
    public string? ClassId { get; init; }
}
