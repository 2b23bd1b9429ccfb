namespace InternalControl.Rules.Model;

/// <summary>What a rule is tried for: once, per pupil, per (pupil, subject), per evaluation score, or per teacher.</summary>
internal enum RuleScope
{
    Once,
    Pupil,
    PupilSubject,
    Score,
    Teacher,
}
