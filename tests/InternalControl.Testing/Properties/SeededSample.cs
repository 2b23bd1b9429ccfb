using CsCheck;

namespace InternalControl.Testing.Properties;

/// <summary>
/// Property runs that repeat: every case comes from one generator seeded once, so a run with the same seed and the same
/// number of cases checks the same cases in the same order, on any machine. (CsCheck's own <c>Sample(seed: ...)</c>
/// seeds only its first case and draws the rest from a per-thread random source, so two runs check different schools.)
/// On a failure the run goes on for as many cases again from the same sequence, keeping the smallest failing case, and
/// fails with it, its seed and its printed form; that seed given back as <c>seed</c> makes the failing case the first.
/// </summary>
public static class SeededSample
{
    /// <summary>The seed of <c>dotnet test</c> runs.</summary>
    public const string DefaultSeed = "0N0XIzNsQ0O2";

    /// <summary>
    /// Checks <paramref name="assert"/> on <paramref name="cases"/> cases of <paramref name="gen"/>, drawn in order from
    /// <paramref name="seed"/> (a CsCheck seed string); a null seed starts from the clock (a new run each time).
    /// </summary>
    public static void Check<T>(Gen<T> gen, Action<T> assert, string? seed, long cases, Func<T, string>? print = null)
    {
        ArgumentNullException.ThrowIfNull(gen);
        ArgumentNullException.ThrowIfNull(assert);
        var pcg = seed is null ? new PCG((uint)Environment.ProcessId) : PCG.Parse(seed);
        Failure<T>? smallest = null;
        var shrinking = 0L;
        for (var drawn = 0L; drawn < cases || (smallest is not null && shrinking < cases); drawn++)
        {
            var state = pcg.State;
            var value = gen.Generate(pcg, smallest?.Size, out var size);
            if (smallest is not null)
            {
                shrinking++;
                if (!Size.IsLessThan(size, smallest.Size))
                {
                    continue;
                }
            }

            try
            {
                assert(value);
            }
            catch (Exception e)
            {
                smallest = new Failure<T>(pcg.ToString(state), size, value, e, (smallest?.Shrinks ?? -1) + 1);
            }
        }

        if (smallest is not null)
        {
            throw new SeededSampleException(
                smallest.Seed,
                $"Seed {smallest.Seed} ({smallest.Shrinks} smaller failing cases found after the first):\n{(print ?? Describe)(smallest.Value)}",
                smallest.Error);
        }
    }

    private static string Describe<T>(T value) => value?.ToString() ?? "null";

    private sealed record Failure<T>(string Seed, Size Size, T Value, Exception Error, int Shrinks);
}
