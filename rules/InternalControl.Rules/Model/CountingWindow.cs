namespace InternalControl.Rules.Model;

/// <summary>Which dates an aggregate counts: a fact dated after now never counts.</summary>
internal enum CountingWindow
{
    /// <summary>The current quarter, up to now (marks and absences).</summary>
    CurrentTerm,

    /// <summary>Every fact up to now (scores).</summary>
    UntilNow,

    /// <summary>No dates: the pupil's subjects.</summary>
    Undated,
}
