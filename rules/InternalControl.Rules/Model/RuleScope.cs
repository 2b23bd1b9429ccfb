namespace InternalControl.Rules.Model;

/// <summary>What a rule is tried for: once, per pupil, per (pupil, subject), or per evaluation score.</summary>
internal enum RuleScope
{
    Once,
    Pupil,
    PupilSubject,
    Score,
}
