using CsCheck;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Testing.Policies;
using InternalControl.Testing.Properties;
using InternalControl.Testing.Rules;
using InternalControl.Testing.Schools;

namespace InternalControl.Application.Tests.Engines;

/// <summary>
/// Generated mark and absence histories over the shipped Kyrgyz policy (5.7, 6.2, 6.2 A): the two engines agree,
/// and a session fed the history one fact at a time ends where the batch over the whole history ends. CsCheck
/// runs a few hundred seeded histories and, on a difference, shrinks to the smallest one and prints it.
/// </summary>
public sealed class EnginePropertyTests
{
    // A fixed seed keeps the run reproducible; CsCheck prints the failing seed and the shrunk input.
    private const string Seed = SeededSample.DefaultSeed;
    private const int HistoryCases = 300;
    private const int GeneratedPolicies = 200;

    private static readonly string[] Pupils = ["P1", "P2", "P3"];
    private static readonly string[] Subjects = ["MATH", "KY", "HIST"];
    private static readonly DateOnly First = new(2026, 9, 1);
    private static readonly DateOnly Now = new(2026, 10, 23);
    private static readonly Lazy<CompiledPolicy> Kyrgyz = new(() => ShippedPolicyParityTests.Compile(PolicyText.Shipped("kg")));

    private static readonly Gen<Mark> MarkGen =
        Gen.Select(Gen.Int[0, Pupils.Length - 1], Gen.Int[0, Subjects.Length - 1], Gen.Int[0, 52], Gen.Int[2, 5], Gen.Int[0, 5])
            .Select((p, s, day, value, kind) => new Mark(Pupils[p], Subjects[s], First.AddDays(day), value, kind < 4 ? MarkKind.Current : MarkKind.Formative));

    private static readonly Gen<History> HistoryGen = Histories.Of(MarkGen, Histories.Absences(Pupils, First), markWeight: 3);

    [Fact]
    public void Evaluate_GeneratedHistories_EnginesAgreeAndIncrementalEqualsBatch()
    {
        // Arrange
        var policy = Kyrgyz.Value;
        var calendar = CalendarCatalog.Find("kg", "2026-2027")!;

        // Act + Assert: each history's four results (two engines, batch and incremental) are one
        SeededSample.Check(
            HistoryGen,
            history => EngineParity.AssertBatchAndIncremental(policy, calendar, Now, history, School),
            Seed,
            HistoryCases,
            history => history.Print());
    }

    [Fact]
    public void Evaluate_GeneratedRulesAndHistories_EnginesAgreeAndIncrementalEqualsBatch()
    {
        // Arrange: a generated policy (a subset of GeneratedRules' templates, thresholds, priorities) and a history
        var calendar = CalendarCatalog.Find("kg", "2026-2027")!;
        var rules = Gen.Select(Gen.Int[0, GeneratedRules.Templates.Length - 1], Gen.Int[-3, 3], Gen.Int[0, 30]).List[1, GeneratedRules.Templates.Length];

        // Act + Assert
        SeededSample.Check(
            Gen.Select(rules, HistoryGen),
            generated =>
            {
                var (rules, history) = generated;
                var source = GeneratedRules.Policy(rules);
                var compiledPolicy = Rules.Compilation.PolicyCompiler.Compile(source, "generated.icp");
                Assert.True(compiledPolicy.Succeeded, source + string.Join("\n", compiledPolicy.Diagnostics.Select(d => d.Render(Localization.Language.En, source))));
                var policy = compiledPolicy.Value;
                EngineParity.AssertBatchAndIncremental(policy, calendar, Now, history, School);
            },
            Seed,
            GeneratedPolicies,
            t => GeneratedRules.Policy(t.Item1) + "\n" + t.Item2.Print());
    }

    private static SchoolData School(IEnumerable<(Mark? Mark, Absence? Absence)> facts)
    {
        var builder = SchoolBuilder.Kyrgyz().Class("7A", 7);
        foreach (var pupil in Pupils)
        {
            builder.Pupil(pupil, "7A");
        }

        foreach (var subject in Subjects)
        {
            builder.Subject(subject, subject).Teaching("7A", subject, "T1");
        }

        return builder.Journal(facts).Build();
    }
}
