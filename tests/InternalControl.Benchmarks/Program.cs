namespace InternalControl.Benchmarks;

/// <summary>Benchmarks, outside `dotnet test`: `dotnet run -c Release --project tests/InternalControl.Benchmarks -- rules [--matrix-scores N] [--matrix-only]|workflows [--db postgres]|region|web|policy [--megabytes N]`.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var which = args.FirstOrDefault() ?? "";
        if (which == "rules")
        {
            // `--matrix-scores N`: the matrix part's size (a district's year, 46,000, unless given); `--matrix-only`: that part alone.
            var matrixScores = args.SkipWhile(a => a != "--matrix-scores").Skip(1).Select(int.Parse).FirstOrDefault(46_000);
            return args.Contains("--matrix-only") ? Rules.RulesBenchmark.Matrix(matrixScores) : Rules.RulesBenchmark.Run(matrixScores);
        }

        if (which == "workflows")
        {
            // `--db postgres`: the same run on PostgreSQL (IC_TEST_POSTGRES, or a private cluster started for it).
            var db = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault() ?? "sqlite";
            return Workflows.WorkflowBenchmark.Run(postgres: db == "postgres");
        }

        if (which == "region")
        {
            var schools = args.SkipWhile(a => a != "--schools").Skip(1).Select(int.Parse).FirstOrDefault(100);
            var pupils = args.SkipWhile(a => a != "--pupils").Skip(1).Select(int.Parse).FirstOrDefault(500);
            return Region.RegionBenchmark.Run(schools, pupils);
        }

        if (which == "web")
        {
            var users = args.SkipWhile(a => a != "--users").Skip(1).Select(int.Parse).FirstOrDefault(50);
            var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(int.Parse).FirstOrDefault(30);
            var bad = args.SkipWhile(a => a != "--bad-pairs").Skip(1).Select(int.Parse).FirstOrDefault(0);
            return Web.WebBenchmark.Run(users, seconds, probe: args.Contains("--probe"), badPairs: bad);
        }

        if (which == "policy")
        {
            var megabytes = args.SkipWhile(a => a != "--megabytes").Skip(1).Select(int.Parse).FirstOrDefault(10);
            return Policies.PolicyBenchmark.Run(megabytes);
        }

        Console.Error.WriteLine($"unknown benchmark '{which}': use rules, workflows, region, web or policy");
        return 1;
    }
}
