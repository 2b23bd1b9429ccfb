namespace InternalControl.Rules.Model;

/// <summary>Which dates an aggregate counts: a fact dated after now never counts.</summary>
internal enum CountingWindow
{
    /// <summary>The current quarter, up to now (marks and absences).</summary>
    CurrentTerm,

    /// <summary>The half-year that holds now (quarters 1-2 or 3-4), up to now: `in current_half_year`.</summary>
    CurrentHalfYear,

    /// <summary>The calendar's school year, up to now: `in current_year`.</summary>
    CurrentYear,

    /// <summary>The last N school days of the school's calendar, up to now: `in last_school_days(N)`.</summary>
    LastSchoolDays,

    /// <summary>Every fact up to now (scores).</summary>
    UntilNow,

    /// <summary>No dates: the pupil's subjects.</summary>
    Undated,
}
