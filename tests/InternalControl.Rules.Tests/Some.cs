using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Testing.Rules;
using InternalControl.Testing.Policies;
using InternalControl.Testing.Schools;

namespace InternalControl.Rules.Tests;

/// <summary>Test data: a small Kyrgyz school and the 5.7 policy.</summary>
internal static class Some
{
    public const string Policy57 = "policy \"kg-school-97\" country kg version 1\n" + PolicyText.TwosRule;

    /// <summary>A pupil whose current marks average below 3 is at risk; a rule that reads the derived fact starts the case.</summary>
    public const string AtRisk = """
        rule "at risk" priority 1
        when
            pupil p
            avg(mark g where g.term = current_term) < 3
        then
            assert at_risk(p)
        end

        rule "at risk opens a case" priority 5
        when
            pupil p
            at_risk(p)
        then
            start "support" for p
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
    public static string Policy(string body) => PolicyText.With(body);

    /// <summary>
    /// Evaluates a one-file policy over P1's marks (and absences) as of <see cref="Now"/> on both engines, asserts
    /// that they agree (so every test that runs a policy through here is also a parity test), and returns the result.
    /// </summary>
    public static EvaluationResult Run(string body, IEnumerable<Mark> marks, IEnumerable<Absence>? absences = null, DateOnly? now = null)
    {
        var policy = Compile(Policy(body));
        var school = School(marks, absences);
        var compiled = policy.Evaluate(school, Calendar, now ?? Now, RuleEngineKind.Compiled);
        EngineParity.AssertSame(compiled, policy.Evaluate(school, Calendar, now ?? Now, RuleEngineKind.NRules));
        return compiled;
    }

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
        SchoolBuilder.Kyrgyz()
            .Class("7A", 7, name: "7А")
            .Pupil("P1", "7A", "Pupil One").Pupil("P2", "7A", "Pupil Two")
            .Subject("MATH", "Mathematics", "Математика", "Математика", "Математика")
            .Subject("KY", "Kyrgyz", "Қырғыз тілі", "Кыргыз тили", "Кыргызский язык")
            .Subject("HIST", "History", "Тарих", "Тарых", "История")
            .Teaching("7A", "MATH", "T1").Teaching("7A", "KY", "T1").Teaching("7A", "HIST", "T1")
            .Marks(marks)
            .Absences(absences ?? [])
            .Build();
}
