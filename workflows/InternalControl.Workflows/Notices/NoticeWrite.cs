namespace InternalControl.Workflows.Notices;

/// <summary>
/// A rule's notice as it is kept: its key (rule, text, pupil, subject and term; one notice per key and school), the rule
/// that sent it, the role it went to, the text's key, what it is about, and how many recipients it reached.
/// </summary>
internal sealed record NoticeWrite(
    long SchoolId, string Key, string Rule, string Role, string Template, string? PupilId, string? SubjectId, string? Term, int Recipients);
