namespace InternalControl.Application.Control;

/// <summary>
/// How the scores of a sheet's criteria combine into one group. The guideline gives no rule
/// (seed 000 §3.2, "Gap"), so it is a school parameter.
/// </summary>
public enum GroupRule
{
    /// <summary>The mean of the criterion scores, rounded half up (1.5 -> C). The default.</summary>
    RoundedMean,

    /// <summary>The lowest criterion score: C only when every criterion is systematic.</summary>
    Minimum,
}
