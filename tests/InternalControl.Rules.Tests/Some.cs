using InternalControl.Localization;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Tests;
/// <summary>Test data: a small Kyrgyz school and the 5.7 policy.</summary>
internal static class Some
{
    public const string Policy57 = """
        policy "kg-school-97" country kg version 1
        parameter twos_threshold = 3  "5.7: three or more 2 marks in one subject"

        rule "5.7 three or more 2s in one subject"
        when
            pupil p
            subject s
            count(mark g where g.value = 2) >= twos_threshold
        then
            start "low-achiever" for p, s
        end
        """;

    public static DateOnly Now { get; } = new(2026, 10, 20);

    public static SchoolCalendar Calendar => CalendarCatalog.Find("kg", "2026-2027")!;

    public static CompiledPolicy Compile(string source)
    {
        var result = PolicyCompiler.Compile(source, "test.icp");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        return result.Value;
    }

    /// <summary>A policy with a header and <paramref name="body"/>.</summary>
    public static string Policy(string body) => "policy \"t\" country kg version 1\n" + body;

    /// <summary>Evaluates a one-file policy over P1's marks (and absences) as of <see cref="Now"/>.</summary>
    public static InternalControl.Rules.Runtime.EvaluationResult Run(string body, IEnumerable<Mark> marks, IEnumerable<Absence>? absences = null, DateOnly? now = null) =>
        Compile(Policy(body)).Evaluate(School(marks, absences), Calendar, now ?? Now);

    /// <summary>Three 2s and a 5 in maths, a 3 in history.</summary>
    public static IReadOnlyList<Mark> Marks { get; } =
    [
        Mark("P1", "MATH", "2026-10-01", 2), Mark("P1", "MATH", "2026-10-02", 2), Mark("P1", "MATH", "2026-10-05", 2),
        Mark("P1", "MATH", "2026-10-06", 5), Mark("P1", "HIST", "2026-10-06", 3),
    ];

    public static IReadOnlyList<Diagnostic> Errors(string source) => PolicyCompiler.Compile(source, "test.icp").Diagnostics;

    public static Mark Mark(string pupil, string subject, string date, int value) =>
        new(pupil, subject, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), value, MarkKind.Current);

    public static SchoolData School(IEnumerable<Mark> marks, IEnumerable<Absence>? absences = null) =>
        new(
            new School(1, "School 97", Country.Kg, [Language.Ky], false, "2026-2027"),
            [new ClassGroup("7A", "7А", 7, Language.Ky, null)],
            [],
            [new Pupil("P1", "Pupil One", "7A", new DateOnly(2013, 1, 1)), new Pupil("P2", "Pupil Two", "7A", new DateOnly(2013, 1, 1))],
            [],
            [new Subject("MATH", "Математика", "Математика", "Математика", "Mathematics"), new Subject("KY", "Қырғыз тілі", "Кыргыз тили", "Кыргызский язык", "Kyrgyz"), new Subject("HIST", "Тарих", "Тарых", "История", "History")],
            [new Teaching("7A", "MATH", "T1"), new Teaching("7A", "KY", "T1"), new Teaching("7A", "HIST", "T1")],
            [.. marks],
            [.. absences ?? []]);
}
