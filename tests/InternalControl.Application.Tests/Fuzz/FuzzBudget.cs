using System.Globalization;
using InternalControl.Testing.Properties;

namespace InternalControl.Application.Tests.Fuzz;

/// <summary>
/// How many cases a fuzz test runs: a few dozen in `dotnet test` (a few seconds), or IC_FUZZ_ITERATIONS of them
/// (README: "Fuzzing"). Each case has its own time limit, so a hang fails the case instead of the run.
/// </summary>
internal static class FuzzBudget
{
    public static long Iterations(long inTests) =>
        long.TryParse(Environment.GetEnvironmentVariable("IC_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && asked > 0 ? asked : inTests;

    /// <summary>
    /// The seed: IC_FUZZ_SEED (CsCheck prints a failing case's), else a fixed one in `dotnet test` so that a run repeats,
    /// else (more iterations asked) a new one each run.
    /// </summary>
    public static string? Seed => Environment.GetEnvironmentVariable("IC_FUZZ_SEED") is { Length: > 0 } seed ? seed
        : Environment.GetEnvironmentVariable("IC_FUZZ_ITERATIONS") is { Length: > 0 } ? null
        : SeededSample.DefaultSeed;

    /// <summary>Runs <paramref name="work"/> and fails when it takes longer than <paramref name="limit"/> (a hang).</summary>
    public static T Within<T>(TimeSpan limit, Func<T> work, Func<string> describe)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(limit), "No answer within " + limit.TotalSeconds + " s: " + describe());
        return task.Result;
    }
}
