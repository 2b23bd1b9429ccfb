using System.Diagnostics;
using InternalControl.Application.Policies;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Testing.Policies;
using InternalControl.Testing.Schools;

namespace InternalControl.Benchmarks.Rules;

/// <summary>
/// Matrix scoring (the shipped Kazakh policy's §3 rules) over a district's year of evaluation scores: teachers scored on
/// five sheets, each criterion on three dates (a first inspection and re-controls), evaluated once on each engine.
/// </summary>
internal static class MatrixBenchmark
{
    private static readonly string[] Sheets = ["III.3", "IV.1", "IV.6", "II.4", "V.1"];
    private static readonly string[] Criteria = ["1", "2", "3"];
    private static readonly DateOnly[] Dates = [new(2026, 10, 1), new(2027, 1, 20), new(2027, 4, 15)];
    private static readonly DateOnly Now = new(2027, 5, 20);

    /// <summary>Milliseconds to evaluate <paramref name="count"/> scores on each engine (one run each, after a warm-up), and the decisions each made.</summary>
    public static (double CompiledMs, double NRulesMs, int CompiledDecisions, int NRulesDecisions) Run(int count)
    {
        var policy = PolicyHost.Compile(PolicyText.Shipped("kz")).Value?.Rules ?? throw new InvalidOperationException("The shipped kz policy does not compile.");
        var calendar = CalendarCatalog.Find("kz", "2026-2027")!;
        var data = SchoolBuilder.Kazakh("2026-2027").Build() with { Scores = Scores(count) };
        var warm = data with { Scores = Scores(45) };
        policy.Evaluate(warm, calendar, Now, RuleEngineKind.Compiled);
        policy.Evaluate(warm, calendar, Now, RuleEngineKind.NRules);
        var clock = Stopwatch.StartNew();
        var compiled = policy.Evaluate(data, calendar, Now, RuleEngineKind.Compiled).Decisions.Count;
        var compiledMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var nrules = policy.Evaluate(data, calendar, Now, RuleEngineKind.NRules).Decisions.Count;
        return (compiledMs, clock.Elapsed.TotalMilliseconds, compiled, nrules);
    }

    /// <summary>Scores in a fixed pseudo-random pattern: teacher by teacher, each sheet's criteria on each date.</summary>
    private static List<EvaluationScore> Scores(int count)
    {
        var random = new Random(11);
        var scores = new List<EvaluationScore>(count);
        for (var teacher = 0; scores.Count < count; teacher++)
        {
            foreach (var sheet in Sheets)
            {
                foreach (var date in Dates)
                {
                    foreach (var criterion in Criteria)
                    {
                        if (scores.Count < count)
                        {
                            scores.Add(new EvaluationScore("T" + teacher, "teacher", sheet, criterion, random.Next(0, 3), date, "I1"));
                        }
                    }
                }
            }
        }

        return scores;
    }
}
