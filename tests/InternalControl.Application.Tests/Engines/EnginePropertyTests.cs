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
    private const int Histories = 300;
    private const int GeneratedPolicies = 200;

    private static readonly string[] Pupils = ["P1", "P2", "P3"];
    private static readonly string[] Subjects = ["MATH", "KY", "HIST"];
    private static readonly DateOnly First = new(2026, 9, 1);
    private static readonly DateOnly Now = new(2026, 10, 23);
    private static readonly Lazy<CompiledPolicy> Kyrgyz = new(() => ShippedPolicyParityTests.Compile(PolicyText.Shipped("kg")));

    private static readonly Gen<Mark> MarkGen =
        Gen.Select(Gen.Int[0, Pupils.Length - 1], Gen.Int[0, Subjects.Length - 1], Gen.Int[0, 52], Gen.Int[2, 5], Gen.Int[0, 5])
            .Select((p, s, day, value, kind) => new Mark(Pupils[p], Subjects[s], First.AddDays(day), value, kind < 4 ? MarkKind.Current : MarkKind.Formative));

    private static readonly Gen<Absence> AbsenceGen =
        Gen.Select(Gen.Int[0, Pupils.Length - 1], Gen.Int[0, 52], Gen.Int[1, 6], Gen.Enum<AbsenceExcuse>())
            .Select((p, day, lessons, excuse) => new Absence(Pupils[p], First.AddDays(day), lessons, excuse, null));

    // A history: marks and absences in arrival order (a mark is Left, an absence Right), how many arrive before the first
    // run, and then the journal's edits: each removes or corrects one fact still in the journal (picked by position).
    private static readonly Gen<History> HistoryGen =
        Gen.Frequency((3, MarkGen.Select(m => ((Mark?)m, (Absence?)null))), (1, AbsenceGen.Select(a => ((Mark?)null, (Absence?)a))))
            .List[0, 40]
            .SelectMany(facts => Gen.Select(Gen.Int[0, facts.Count], Gen.Select(Gen.Int[0, 63], Gen.Bool, Gen.Int[2, 5]).List[0, 6])
                .Select((batch, edits) => new History(facts, batch, edits)));

    [Fact]
    public void Evaluate_GeneratedHistories_EnginesAgreeAndIncrementalEqualsBatch()
    {
        // Arrange
        var policy = Kyrgyz.Value;
        var calendar = CalendarCatalog.Find("kg", "2026-2027")!;

        // Act + Assert: each history's four results (two engines, batch and incremental) are one
        SeededSample.Check(
            HistoryGen,
            history =>
            {
                var all = School(history.Final());
                var compiled = EngineParity.Lines(policy.Evaluate(all, calendar, Now, RuleEngineKind.Compiled));
                foreach (var engine in Enum.GetValues<RuleEngineKind>())
                {
                    var batch = EngineParity.Lines(policy.Evaluate(all, calendar, Now, engine));
                    Assert.True(compiled.SequenceEqual(batch), $"batch {engine}\n" + EngineParity.Difference(compiled, batch));
                    var incremental = EngineParity.Lines(Incremental(policy, calendar, engine, history));
                    Assert.True(compiled.SequenceEqual(incremental), $"incremental {engine}\n" + EngineParity.Difference(compiled, incremental));
                }
            },
            Seed,
            Histories,
            Print);
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
                var all = School(history.Final());
                var compiled = EngineParity.Lines(policy.Evaluate(all, calendar, Now, RuleEngineKind.Compiled));
                foreach (var engine in Enum.GetValues<RuleEngineKind>())
                {
                    var batch = EngineParity.Lines(policy.Evaluate(all, calendar, Now, engine));
                    Assert.True(compiled.SequenceEqual(batch), $"batch {engine}\n" + EngineParity.Difference(compiled, batch));
                    var incremental = EngineParity.Lines(Incremental(policy, calendar, engine, history));
                    Assert.True(compiled.SequenceEqual(incremental), $"incremental {engine}\n" + EngineParity.Difference(compiled, incremental));
                }
            },
            Seed,
            GeneratedPolicies,
            t => GeneratedRules.Policy(t.Item1) + "\n" + Print(t.Item2));
    }

    /// <summary>The session: the batch part run, the rest added one by one, then the edits (Remove and Update) applied.</summary>
    private static EvaluationResult Incremental(CompiledPolicy policy, SchoolCalendar calendar, RuleEngineKind engine, History history)
    {
        var session = policy.OpenSession(School(history.Facts.Take(history.Batch)), calendar, Now, engine);
        session.Run();
        foreach (var (mark, absence) in history.Facts.Skip(history.Batch))
        {
            _ = mark is not null ? session.Add(mark) : session.Add(absence!);
        }

        var live = history.Facts.ToList();
        foreach (var edit in history.Edits)
        {
            if (live.Count == 0)
            {
                break;
            }

            var at = edit.At % live.Count;
            var (mark, absence) = live[at];
            var corrected = History.Corrected(live[at], edit);
            var done = (mark, corrected) switch
            {
                (not null, null) => session.Remove(mark),
                (not null, _) => session.Update(mark, corrected.Value.Mark!),
                (null, null) => session.Remove(absence!),
                _ => session.Update(absence!, corrected.Value.Absence!),
            };
            Assert.True(done, $"edit {at} not applied");
            // Alike facts are one to the journal: the session removes the first of them, and so does the batch's journal.
            live.RemoveAt(live.IndexOf(live[at]));
            if (corrected is { } c)
            {
                live.Add(c);
            }
        }

        return session.Result();
    }

    private static SchoolData School(IEnumerable<(Mark? Mark, Absence? Absence)> facts)
    {
        var list = facts.ToList();
        var builder = SchoolBuilder.Kyrgyz().Class("7A", 7);
        foreach (var pupil in Pupils)
        {
            builder.Pupil(pupil, "7A");
        }

        foreach (var subject in Subjects)
        {
            builder.Subject(subject, subject).Teaching("7A", subject, "T1");
        }

        return builder
            .Marks(list.Select(f => f.Mark).OfType<Mark>())
            .Absences(list.Select(f => f.Absence).OfType<Absence>())
            .Build();
    }

    private static string Print(History history) =>
        $"first {history.Batch} in the batch, then one by one:\n" + string.Join("\n", history.Facts.Select(f => f.Mark is { } m
            ? $"  mark {m.PupilId} {m.SubjectId} {m.Date:yyyy-MM-dd} {m.Value} {m.Kind}"
            : $"  absence {f.Absence!.PupilId} {f.Absence.Date:yyyy-MM-dd} {f.Absence.Lessons} {f.Absence.Excuse}"))
        + "\nthen edits (position in the journal, correct or remove, new value):\n" + string.Join("\n", history.Edits.Select(e => $"  {e.At} {(e.Correct ? "correct" : "remove")} {e.Value}"));
}
