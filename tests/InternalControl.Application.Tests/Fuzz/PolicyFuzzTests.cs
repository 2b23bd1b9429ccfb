using CsCheck;
using InternalControl.Testing.Properties;
using InternalControl.Application.Policies;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Calendars;
using InternalControl.PolicyLanguage.Formatting;
using InternalControl.Rules.Runtime;
using InternalControl.Testing.Schools;

namespace InternalControl.Application.Tests.Fuzz;

/// <summary>
/// Fuzzing the compiler (hardening, proof): random text, random token soup and mutations of the shipped policy files go
/// through the compiler the hosts use (rules and workflow blocks), the formatter, and, when they compile, an evaluation
/// on both engines. No exception may escape and no case may hang: a bad policy is coded diagnostics.
/// </summary>
public sealed class PolicyFuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private static readonly string[] Seeds =
        [.. new[] { Country.Kg, Country.Kz }.SelectMany(ShippedPolicies.For).Select(s => s.Text)];

    // Words and symbols of the language, and values at its edges: what a careless or hostile author types.
    private static readonly string[] Tokens =
    [
        "rule", "when", "then", "end", "table", "test", "given", "expect", "policy", "parameter", "extends", "workflow", "step",
        "pupil p", "subject s", "mark m", "count(", "sum(", "avg(", "weighted_mean(", "exists(", "(", ")", "[", "]", "..", "|", ",",
        ".", ":", "=", "!=", "<", ">=", "+", "-", "*", "/", "/ 0", "and", "or", "not", "in", "notify class_teacher", "start",
        "\"", "\"Policy.Kg.NoSuch\"", "set x =", "assert a(p)", "0", "-0", "1e308", "99999999999999999999", "2026-02-30", "2026-13-45",
        "now", "current_term", "\n", "\t", " ", "--", "\u200b", "\u202e", "\ufeff", "ё", "қ", "ү", "\0",
    ];

    private static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Select(Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, 200], Gen.Int[0, Tokens.Length - 1]).Array[1, 6])
            .Select(p => Mutate(Seeds[p.Item1], p.Item2));

    private static readonly Gen<string> Soup =
        Gen.OneOf(Tokens).Array[0, 80].Select(tokens => "policy \"fuzz\" country kg version 1\n" + string.Join(" ", tokens));

    private static readonly Gen<string> Random = Gen.String[0, 400];

    [Fact]
    public void Fuzz_RandomAndMutatedPolicies_AreDiagnosticsNeverExceptionsOrHangs()
    {
        // Arrange
        var school = SchoolBuilder.Kyrgyz().Class("7A", 7).Pupil("P1", "7A", "Pupil One").Subject("MATH", "Mathematics", "Математика", "Математика", "Математика")
            .Teaching("7A", "MATH", "T1").Build();
        var calendar = CalendarCatalog.FindOrPlain("kg", "2026-2027");

        // Act and assert: every case compiles to a policy or to coded errors, formats or refuses, and evaluates.
        SeededSample.Check(
            Gen.Frequency((6, Mutated), (2, Soup), (1, Random)),
            text => FuzzBudget.Within(Limit, () => Check(text, school, calendar), () => Shown(text)),
            FuzzBudget.Seed,
            FuzzBudget.Iterations(60),
            Shown);
    }

    private static bool Check(string text, SchoolData school, SchoolCalendar calendar)
    {
        var compiled = PolicyHost.Compile([new PolicySource("fuzz.icp", text)]);
        Assert.All(compiled.Diagnostics, d => Assert.NotNull(DiagnosticCatalog.Find(d.Code)));
        if (!compiled.Succeeded)
        {
            Assert.Contains(compiled.Diagnostics, d => d.IsError);
        }

        var formatted = PolicyFormatter.Format(text, "fuzz.icp");
        Assert.True(formatted.Succeeded || formatted.Errors.Any());
        if (compiled.Value is { } policy)
        {
            foreach (var engine in new[] { RuleEngineKind.Compiled, RuleEngineKind.NRules })
            {
                policy.Rules.Evaluate(school, calendar, new DateOnly(2026, 11, 20), engine);
            }
        }

        return true;
    }

    /// <summary>Applies each (kind, where, how long, token) to <paramref name="seed"/>: cut, duplicate, insert, replace, truncate, swap lines.</summary>
    private static string Mutate(string seed, (int Kind, int Where, int Length, int Token)[] edits)
    {
        var text = seed;
        foreach (var (kind, where, length, token) in edits)
        {
            var at = text.Length == 0 ? 0 : where % text.Length;
            var span = Math.Min(length, text.Length - at);
            text = kind switch
            {
                0 => text.Remove(at, span),
                1 => text.Insert(at, text.Substring(at, span)),
                2 => text.Insert(at, Tokens[token]),
                3 => text.Remove(at, span).Insert(at, Tokens[token]),
                4 => text[..at],
                _ => SwapLines(text, where, length),
            };
        }

        return text;
    }

    private static string SwapLines(string text, int a, int b)
    {
        var lines = text.Split('\n');
        (lines[a % lines.Length], lines[b % lines.Length]) = (lines[b % lines.Length], lines[a % lines.Length]);
        return string.Join('\n', lines);
    }

    private static string Shown(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
