namespace InternalControl.Application.Reports;

/// <summary>Where a pupil's final mark for a quarter came from.</summary>
internal enum MarkBasis
{
    /// <summary>The quarter mark the teacher recorded.</summary>
    QuarterMark,

    /// <summary>Computed from unit and term summatives (Kazakh criteria-based assessment).</summary>
    Criteria,

    /// <summary>The mean of the current marks in the quarter, rounded: a projection while the quarter runs.</summary>
    CurrentMean,
}
