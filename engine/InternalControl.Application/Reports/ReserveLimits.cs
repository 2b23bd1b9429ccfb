namespace InternalControl.Application.Reports;

/// <summary>
/// The reserve groups of a low-achiever list, as the school's policy declares them: a pupil with a "3" in at most
/// <paramref name="Threes"/> subjects (all the others 4 or 5), or a "4" in at most <paramref name="Fours"/> subjects
/// (all the others 5). The Kazakh monitoring (seed 000 §5.1, seed 001 R41) has them as the parameters
/// <c>threes_limit</c> and <c>fours_limit</c>; a policy without them (Kyrgyz No. 97, whose signal is the "2") has no
/// reserve groups, and its list holds the failing pupils only.
/// </summary>
/// <param name="Threes">The most subjects with a "3" that still make the reserve; 0 for no such group.</param>
/// <param name="Fours">The most subjects with a "4" that still make the reserve; 0 for no such group.</param>
public sealed record ReserveLimits(int Threes, int Fours)
{
    /// <summary>The policy parameter of the "3" group (seed 001 R41).</summary>
    public const string ThreesParameter = "threes_limit";

    /// <summary>The policy parameter of the "4" group (seed 000 §5.1).</summary>
    public const string FoursParameter = "fours_limit";

    /// <summary>No reserve groups: only failing pupils are listed.</summary>
    public static ReserveLimits None { get; } = new(0, 0);
}
