namespace InternalControl.Benchmarks;

/// <summary>Benchmarks, outside `dotnet test`: `dotnet run -c Release --project tests/InternalControl.Benchmarks -- rules|workflows`.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var which = args.FirstOrDefault() ?? "";
        if (which == "rules")
        {
            return Rules.RulesBenchmark.Run();
        }

        if (which == "workflows") return Workflows.WorkflowBenchmark.Run();
        Console.Error.WriteLine($"unknown benchmark '{which}': use rules or workflows");
        return 1;
    }
}
