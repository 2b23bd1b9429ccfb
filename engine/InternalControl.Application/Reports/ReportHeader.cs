namespace InternalControl.Application.Reports;

/// <summary>What a document says above its report: the school it comes from and the day it was made (school time).</summary>
public sealed record ReportHeader(string School, DateOnly Date);
