namespace InternalControl.Rules.Runtime;

/// <summary>One firing of a rule: which rule, for which pupil and subject (or evaluated object), when, on which facts.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="PupilId">The pupil, for pupil rules.</param>
/// <param name="SubjectId">The subject, for rules that bind one.</param>
/// <param name="ObjectId">The evaluated object, for rules over evaluation scores.</param>
/// <param name="Term">The quarter as of now (0 outside the year).</param>
/// <param name="At">The evaluation's now.</param>
/// <param name="Facts">The marks and absences the rule's aggregates matched.</param>
public sealed record Firing(string Rule, string? PupilId, string? SubjectId, string? ObjectId, int Term, DateOnly At, IReadOnlyList<FactRef> Facts);
