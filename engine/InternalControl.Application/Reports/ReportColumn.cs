namespace InternalControl.Application.Reports;

/// <summary>A column of a report: its stable key (the resource key of its heading) and the heading in the reader's language.</summary>
public sealed record ReportColumn(string Key, string Heading);
