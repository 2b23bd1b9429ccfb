namespace InternalControl.Application.Reports;

/// <summary>A pupil's final (or projected) mark in one subject for a quarter, with its source and, for a mean, the unrounded mean.</summary>
internal sealed record FinalMark(string PupilId, string SubjectId, int Value, MarkBasis Basis, double? Mean);
