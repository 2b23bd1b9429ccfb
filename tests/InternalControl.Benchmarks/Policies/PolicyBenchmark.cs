using System.Diagnostics;
using System.Globalization;
using System.Text;
using InternalControl.Application.Policies;
using InternalControl.Kernel.Policies;
using InternalControl.Testing.Policies;

namespace InternalControl.Benchmarks.Policies;

/// <summary>
/// `dotnet run -c Release --project tests/InternalControl.Benchmarks -- policy [--megabytes 10]`: what `ic rules check`
/// does (the policy and its workflows compiled by <see cref="PolicyHost.Compile"/>) on the shipped Kazakh policy, and on
/// the same files with their rules repeated under new names until the extra file holds N megabytes. Prints the time, the
/// peak of the GC heap, and the time per megabyte against the shipped files' (linear growth keeps the ratio near 1).
/// </summary>
internal static class PolicyBenchmark
{
    public static int Run(int megabytes)
    {
        var shipped = PolicyText.Shipped("kz");
        var big = new PolicySource("zz-large.icp", Large(shipped, megabytes * 1024 * 1024, out var copies));
        var shippedBytes = shipped.Sum(s => Encoding.UTF8.GetByteCount(s.Text));
        var bigBytes = Encoding.UTF8.GetByteCount(big.Text);

        // Warm-up: the compiler's code paths are compiled once before either timed run.
        Check(shipped, out _, out _);
        var shippedMs = Check(shipped, out var shippedRules, out _);
        var bigMs = Check([.. shipped, big], out var bigRules, out var peakMb);
        if (shippedRules < 0 || bigRules < 0)
        {
            return 1;
        }

        var shippedMsPerMb = shippedMs / (shippedBytes / 1048576.0);
        var bigMsPerMb = bigMs / ((shippedBytes + bigBytes) / 1048576.0);
        Console.WriteLine($"policy: shipped kz {shippedRules} rules ({shippedBytes} bytes) in {shippedMs:F0} ms; with {copies} copies of its rules, {bigRules} rules ({shippedBytes + bigBytes} bytes) in {bigMs:F0} ms; one run each after a warm-up");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"policy-bench: megabytes={(shippedBytes + bigBytes) / 1048576.0:F1} rules={bigRules} check_ms={bigMs:F0} peak_heap_mb={peakMb:F0} ms_per_mb={bigMsPerMb:F0} shipped_ms_per_mb={shippedMsPerMb:F0} ratio_per_mb={bigMsPerMb / shippedMsPerMb:F2}"));
        return 0;
    }

    /// <summary>Compiles the files as `ic rules check` does: milliseconds, the rule count (-1 on errors) and the GC heap's peak in MB.</summary>
    private static double Check(IReadOnlyList<PolicySource> sources, out int rules, out double peakMb)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = before;
        using var sampling = new Timer(_ => peak = Math.Max(peak, GC.GetTotalMemory(false)), null, 0, 10);
        var clock = Stopwatch.StartNew();
        var result = PolicyHost.Compile(sources);
        var ms = clock.Elapsed.TotalMilliseconds;
        peak = Math.Max(peak, GC.GetTotalMemory(false));
        peakMb = (peak - before) / 1048576.0;
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(string.Join("\n", result.Diagnostics.Take(5).Select(d => d.Render(InternalControl.Localization.Language.En, ""))));
            rules = -1;
            return ms;
        }

        rules = result.Value!.Rules.Rules.Count;
        GC.KeepAlive(result);
        return ms;
    }

    /// <summary>
    /// An overlay of the shipped policy that repeats every rule of its files (`rule "NAME"` up to its `end`) under the name
    /// `NAME #n`, copy after copy, until it holds <paramref name="bytes"/>.
    /// </summary>
    private static string Large(IReadOnlyList<PolicySource> shipped, int bytes, out int copies)
    {
        var rules = shipped.SelectMany(s => RuleBlocks(s.Text)).ToList();
        var text = new StringBuilder("policy \"kz-large\" extends \"kz-internal-control\"\n");
        copies = 0;
        while (text.Length < bytes)
        {
            copies++;
            foreach (var (name, block) in rules)
            {
                text.Append(block.Replace($"rule \"{name}\"", $"rule \"{name} #{copies}\"", StringComparison.Ordinal)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static IEnumerable<(string Name, string Block)> RuleBlocks(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("rule \"", StringComparison.Ordinal))
            {
                continue;
            }

            var name = lines[i][6..lines[i].IndexOf('"', 6)];
            var end = Array.FindIndex(lines, i, l => l.TrimEnd() == "end");
            yield return (name, string.Join('\n', lines[i..(end + 1)]));
            i = end;
        }
    }
}
