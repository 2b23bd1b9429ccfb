namespace InternalControl.Web.Tests;

/// <summary>School 12's overlay of the shipped Kyrgyz low-achiever policy, and the test blocks the policy editor's tests run on it.</summary>
internal static class Overlays
{
    /// <summary>The overlay's header and its one edit: 5.7 with four "2" marks (line 2 is the parameter).</summary>
    public const string School12 = """
        policy "school-12" extends "kg-school-97-low-achievers"
        parameter twos_threshold = 4
        """;

    private static readonly string[] MarkDays = ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06"];

    /// <summary>
    /// A test block <paramref name="name"/>: pupil P1 of 7A with <paramref name="twos"/> "2" marks in MATH (at most four) on
    /// 20 October 2026, expecting the low-achiever case for P1 and MATH started, or no low-achiever case when
    /// <paramref name="started"/> is false.
    /// </summary>
    public static string TwosTest(string name, int twos, bool started) =>
        $"test \"{name}\"\ngiven\n    now 2026-10-20\n    pupil id = \"P1\", class = \"7A\"\n    subject id = \"MATH\"\n"
        + string.Concat(MarkDays.Take(twos).Select(day => $"    mark pupil = \"P1\", subject = \"MATH\", date = {day}, value = 2\n"))
        + "expect\n    " + (started ? "started \"low-achiever\" for \"P1\", \"MATH\"" : "not started \"low-achiever\"") + "\nend";
}
