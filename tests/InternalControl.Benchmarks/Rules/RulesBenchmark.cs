using System.Diagnostics;
using System.Globalization;
using InternalControl.Rules.Compilation;
using RulesEngine.Models;
using InternalControl.Kernel.Policies;
using InternalControl.Testing.Policies;

namespace InternalControl.Benchmarks.Rules;

/// <summary>
/// `dotnet run -c Release --project tests/InternalControl.Benchmarks -- rules`: the compiled policy language
/// against hand-written C# and Microsoft RulesEngine. Stopwatch, warm-up, best of N; ends with one summary line.
/// </summary>
internal static class RulesBenchmark
{
    private const int Runs = 5;
    private const int EndToEndRuns = 3;
    private const int IncrementalMarks = 20_000;
    private const int RulesEngineSample = 20_000;
    private const int NRulesIncrementalMarks = 2_000;

    private const string Policy = "policy \"bench\" country kg version 1\n" + PolicyText.TwosRule + "\n\n" + PolicyText.PercentToMark;

    /// <summary>The matrix part alone: `rules-matrix: matrix_scores=.. matrix_ms=.. nrules_matrix_ms=..`.</summary>
    public static int Matrix(int scores)
    {
        var (matrixMs, nrulesMatrixMs, decisions, nrulesDecisions) = MatrixBenchmark.Run(scores);
        Console.WriteLine($"matrix: {scores} scores, {decisions} decisions (nrules: {nrulesDecisions}); one run each");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rules-matrix: matrix_scores={scores} matrix_ms={matrixMs:F0} nrules_matrix_ms={nrulesMatrixMs:F0}"));
        return decisions == nrulesDecisions ? 0 : 1;
    }

    public static int Run(int matrixScores)
    {
        var peak = 0L;
        void Sample() => peak = Math.Max(peak, GC.GetTotalMemory(false));

        var clock = Stopwatch.StartNew();
        var workload = RulesWorkload.Generate();
        Console.WriteLine($"workload: {workload.Data.Pupils.Count} pupils, {workload.Data.Subjects.Count} subjects, {workload.Data.Marks.Count} marks, {workload.WeakPairs} weak pairs, generated in {clock.ElapsedMilliseconds} ms");
        Sample();

        var compiled = PolicyCompiler.Compile(Policy, "bench.icp");
        if (!compiled.Succeeded)
        {
            Console.Error.WriteLine(string.Join("\n", compiled.Diagnostics.Select(d => d.Render(InternalControl.Localization.Language.En, Policy))));
            return 1;
        }

        var policy = compiled.Value;

        // (1) batch: facts loaded once into working memory (indexed by pupil and subject), then evaluated.
        clock.Restart();
        var session = policy.OpenSession(workload.Data, workload.Calendar, workload.Now);
        var loadMs = clock.Elapsed.TotalMilliseconds;
        Sample();
        var fired = 0;
        var batchMs = Best(() => fired = session.Run().Firings.Count);
        Sample();
        var handCount = 0;
        var handMs = Best(() => handCount = HandWritten.WeakPairs(workload.Data.Marks, workload.Calendar, workload.Now).Count);
        Sample();
        Console.WriteLine($"batch: {fired} firings (hand-written: {handCount}); load into working memory {loadMs:F1} ms (not in batch_ms); best of {Runs}");
        if (fired != handCount)
        {
            Console.Error.WriteLine("batch results differ from the hand-written loop");
            return 1;
        }

        // (2) incremental: one new mark, its pupil re-evaluated; rounds of new marks, best round.
        var random = new Random(7);
        List<Kernel.Schools.Mark> NewMarks(int count) => [.. Enumerable.Range(0, count)
            .Select(i => new Kernel.Schools.Mark(workload.Data.Pupils[random.Next(workload.Data.Pupils.Count)].Id, workload.Data.Subjects[random.Next(10)].Id, workload.Now, random.Next(2, 6), Kernel.Schools.MarkKind.Current))];
        foreach (var mark in NewMarks(2000))
        {
            session.Add(mark);
        }

        var incrementalUs = double.MaxValue;
        for (var round = 0; round < Runs; round++)
        {
            var batchOfMarks = NewMarks(IncrementalMarks);
            clock.Restart();
            foreach (var mark in batchOfMarks)
            {
                session.Add(mark);
            }

            incrementalUs = Math.Min(incrementalUs, clock.Elapsed.TotalMicroseconds / IncrementalMarks);
        }

        var newMarks = NewMarks(IncrementalMarks);
        Sample();

        // (2b) the same policy on NRules: end to end (facts inserted into its working memory, then fired), its
        // working memory (GC memory after loading minus before), and incremental cost per mark. The compiled engine's
        // end to end and working memory are measured the same way, best of three each (the hand-written loop is best of five), for the ratios; each engine first runs a
        // tiny school, so that neither run pays for compiling (JIT) its own code.
        policy.Evaluate(RulesWorkload.Tiny(workload), workload.Calendar, workload.Now, InternalControl.Rules.Runtime.RuleEngineKind.Compiled);
        var compiledEnd = EndToEnd(policy, workload, InternalControl.Rules.Runtime.RuleEngineKind.Compiled, out var compiledFirst, out var compiledFired, out var wmMb, out _);
        policy.Evaluate(RulesWorkload.Tiny(workload), workload.Calendar, workload.Now, InternalControl.Rules.Runtime.RuleEngineKind.NRules);
        var nrulesMs = EndToEnd(policy, workload, InternalControl.Rules.Runtime.RuleEngineKind.NRules, out var nrulesFirst, out var nrulesFired, out var nrulesWmMb, out var nrulesSession);
        Console.WriteLine($"end to end: compiled {compiledEnd:F0} ms ({compiledFired} firings, {wmMb:F0} MB), nrules {nrulesMs:F0} ms ({nrulesFired} firings, {nrulesWmMb:F0} MB); best of {EndToEndRuns} each; first runs: compiled {compiledFirst:F0} ms, nrules {nrulesFirst:F0} ms");
        if (nrulesFired != handCount || compiledFired != handCount)
        {
            Console.Error.WriteLine("end-to-end results differ from the hand-written loop");
            return 1;
        }

        var nrulesMarks = NewMarks(NRulesIncrementalMarks);
        foreach (var mark in NewMarks(200))
        {
            nrulesSession.Add(mark);
        }

        clock.Restart();
        foreach (var mark in nrulesMarks)
        {
            nrulesSession.Add(mark);
        }

        var nrulesIncrementalUs = clock.Elapsed.TotalMicroseconds / NRulesIncrementalMarks;
        GC.KeepAlive(nrulesSession);
        Sample();
        if (Environment.GetEnvironmentVariable("RULES_BENCH_DETAIL") == "1")
        {
            Detail(policy, workload, newMarks);
        }

        // (3) decision table: percent -> mark over 2.4 million summative results.
        var table = (Func<double, double>)policy.Table("percent_to_mark")!.Function!;
        var percents = workload.Percents;
        var marks = new double[percents.Length];
        var tableMs = Best(() =>
        {
            for (var i = 0; i < percents.Length; i++)
            {
                marks[i] = table(percents[i]);
            }
        });
        var handMarks = new double[percents.Length];
        var tableHandMs = Best(() =>
        {
            for (var i = 0; i < percents.Length; i++)
            {
                handMarks[i] = HandWritten.Mark(percents[i]);
            }
        });
        if (!marks.AsSpan().SequenceEqual(handMarks))
        {
            Console.Error.WriteLine("table results differ from the hand-written conversion");
            return 1;
        }

        var rulesEngineUsPerResult = RulesEngineMicroseconds(percents, handMarks);
        var rulesEngineMs = rulesEngineUsPerResult * percents.Length / 1000;
        Sample();
        Console.WriteLine($"table: {percents.Length} results; RulesEngine measured on {RulesEngineSample} results ({rulesEngineUsPerResult:F2} us each) and scaled to {percents.Length}");

        // (4) matrix scoring: the shipped Kazakh §3 rules over a district's year of evaluation scores, on both engines.
        var (matrixMs, nrulesMatrixMs, matrixDecisions, nrulesMatrixDecisions) = MatrixBenchmark.Run(matrixScores);
        Console.WriteLine($"matrix: {matrixScores} scores, {matrixDecisions} decisions (nrules: {nrulesMatrixDecisions}); one run each");
        if (matrixDecisions != nrulesMatrixDecisions)
        {
            Console.Error.WriteLine("matrix decisions differ between the engines");
            return 1;
        }

        var memMb = peak / (1024.0 * 1024.0);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"rules-bench: batch_ms={batchMs:F1} hand_ms={handMs:F1} ratio_vs_hand={batchMs / handMs:F2} incremental_us={incrementalUs:F2} table_ms={tableMs:F1} table_hand_ms={tableHandMs:F1} table_ratio_vs_hand={tableMs / tableHandMs:F2} rulesengine_ms={rulesEngineMs:F0} ratio_vs_rulesengine={rulesEngineMs / tableMs:F0} mem_mb={memMb:F0} total_ms={compiledEnd:F0} total_ratio_vs_hand={compiledEnd / handMs:F2} total_first_ms={compiledFirst:F0} nrules_ms={nrulesMs:F0} ratio_vs_nrules={nrulesMs / compiledEnd:F2} nrules_first_ms={nrulesFirst:F0} nrules_incremental_us={nrulesIncrementalUs:F1} wm_mb={wmMb:F0} nrules_wm_mb={nrulesWmMb:F0} matrix_scores={matrixScores} matrix_ms={matrixMs:F0} nrules_matrix_ms={nrulesMatrixMs:F0}"));
        return 0;
    }

    /// <summary>Where incremental time goes: facts added with no rule evaluated, and with a rule that never fires.</summary>
    private static void Detail(InternalControl.Rules.Model.CompiledPolicy policy, RulesWorkload workload, List<Kernel.Schools.Mark> newMarks)
    {
        var quiet = PolicyCompiler.Compile([new InternalControl.Kernel.Policies.PolicySource("bench.icp", Policy), new InternalControl.Kernel.Policies.PolicySource("quiet.icp", "policy \"quiet\" extends \"bench\"\nparameter twos_threshold = 100")]).Value!;
        foreach (var (name, p) in new[] { ("never fires", quiet), ("as measured", policy) })
        {
            var session = p.OpenSession(workload.Data, workload.Calendar, workload.Now);
            session.Run();
            var clock = Stopwatch.StartNew();
            foreach (var mark in newMarks)
            {
                session.Add(mark);
            }

            Console.WriteLine($"incremental ({name}): {clock.Elapsed.TotalMicroseconds / newMarks.Count:F2} us per mark");
        }
    }

    /// <summary>
    /// Opens a session on the engine and runs it, <see cref="EndToEndRuns"/> times as the hand-written loop is run best of
    /// <see cref="Runs"/>: the best milliseconds, the first run's (the large school's code paths still compiled by the JIT's
    /// first tier), the firings, and the GC memory the last session holds.
    /// </summary>
    private static double EndToEnd(InternalControl.Rules.Model.CompiledPolicy policy, RulesWorkload workload, InternalControl.Rules.Runtime.RuleEngineKind engine, out double firstMs, out int fired, out double wmMb, out InternalControl.Rules.Runtime.RuleSession session)
    {
        var best = double.MaxValue;
        firstMs = 0;
        fired = 0;
        wmMb = 0;
        session = null!;
        for (var run = 0; run < EndToEndRuns; run++)
        {
            session = null!;
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            session = policy.OpenSession(workload.Data, workload.Calendar, workload.Now, engine);
            fired = session.Run().Firings.Count;
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            firstMs = run == 0 ? clock.Elapsed.TotalMilliseconds : firstMs;
            wmMb = (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024.0);
            GC.KeepAlive(session);
        }

        return best;
    }

    private static double Best(Action action)
    {
        action();
        var best = double.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static double RulesEngineMicroseconds(double[] percents, double[] expected)
    {
        var workflow = new Workflow
        {
            WorkflowName = "percent_to_mark",
            Rules =
            [
                new Rule { RuleName = "2", SuccessEvent = "2", Expression = "input1.Percent >= 0 && input1.Percent <= 39", RuleExpressionType = RuleExpressionType.LambdaExpression },
                new Rule { RuleName = "3", SuccessEvent = "3", Expression = "input1.Percent >= 40 && input1.Percent <= 64", RuleExpressionType = RuleExpressionType.LambdaExpression },
                new Rule { RuleName = "4", SuccessEvent = "4", Expression = "input1.Percent >= 65 && input1.Percent <= 84", RuleExpressionType = RuleExpressionType.LambdaExpression },
                new Rule { RuleName = "5", SuccessEvent = "5", Expression = "input1.Percent >= 85 && input1.Percent <= 100", RuleExpressionType = RuleExpressionType.LambdaExpression },
            ],
        };
        var engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        double Convert(double percent)
        {
            var results = engine.ExecuteAllRulesAsync("percent_to_mark", new SummativeInput { Percent = percent }).AsTask().GetAwaiter().GetResult();
            var hit = results.FirstOrDefault(r => r.IsSuccess);
            return hit is null ? double.NaN : double.Parse(hit.Rule.SuccessEvent, CultureInfo.InvariantCulture);
        }

        for (var i = 0; i < 2000; i++)
        {
            Convert(percents[i]);
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < RulesEngineSample; i++)
        {
            if (Convert(percents[i]) != expected[i])
            {
                throw new InvalidOperationException("RulesEngine disagrees with the hand-written conversion");
            }
        }

        return clock.Elapsed.TotalMicroseconds / RulesEngineSample;
    }
}
