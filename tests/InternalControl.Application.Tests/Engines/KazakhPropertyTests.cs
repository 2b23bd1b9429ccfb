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
/// Generated Kazakh schools over the shipped Kazakh policy (seeds/policies/kz: the §3 decision matrix over evaluation
/// scores, R28-R33 criteria-based marks, §5.1 low-achiever projections, §5.2 steps): journals of current, quarter,
/// formative and summative marks (with and without maximum points, in grades 1, 3 and 7) and histories of evaluation
/// scores (objects, sheets, criteria, re-controls on later dates). The two engines agree on every one, and a session fed
/// the journal one mark at a time, then its corrections and deletions, ends where the batch over the edited journal
/// ends. CsCheck runs a few hundred seeded cases and, on a difference, shrinks to the smallest and prints it.
/// </summary>
public sealed class KazakhPropertyTests
{
    private const string Seed = SeededSample.DefaultSeed;
    private const int Schools = 300;

    private static readonly (string Id, string Class, int Grade)[] Pupils = [("P1", "7A", 7), ("P2", "3A", 3), ("P3", "1A", 1)];
    private static readonly string[] Subjects = ["MATH", "KAZ", "HIST"];
    private static readonly string[] Objects = ["T1", "T2"];
    private static readonly string[] Sheets = ["III.3", "IV.1", "IV.6", "II.4", "V.1"];
    private static readonly string[] Criteria = ["1", "2", "3", "6"];
    private static readonly DateOnly[] ScoreDates = [new(2026, 5, 10), new(2026, 9, 15), new(2026, 10, 1), new(2026, 10, 10), new(2026, 12, 10)];
    private static readonly int?[] UnitMaxima = [null, 5, 7, 10, 15, 20, 25];
    private static readonly int?[] TermMaxima = [null, 20, 25, 30];
    private static readonly DateOnly First = new(2026, 9, 1);
    private static readonly DateOnly Now = new(2026, 10, 23);
    private static readonly Lazy<CompiledPolicy> Kazakh = new(() => ShippedPolicyParityTests.Compile(PolicyText.Shipped("kz")));

    // A mark of any kind the Kazakh journal keeps, its value within its scale (a summative's within its maximum).
    private static readonly Gen<Mark> MarkGen =
        Gen.Select(Gen.Int[0, Pupils.Length - 1], Gen.Int[0, Subjects.Length - 1], Gen.Int[0, 60], Gen.Int[0, 4], Gen.Int[0, 100], Gen.Int[0, 6])
            .Select((p, s, day, kind, value, max) =>
            {
                var date = First.AddDays(day);
                return kind switch
                {
                    0 => new Mark(Pupils[p].Id, Subjects[s], date, 2 + (value % 4), MarkKind.Current),
                    1 => new Mark(Pupils[p].Id, Subjects[s], date, 2 + (value % 4), MarkKind.Quarter),
                    2 => new Mark(Pupils[p].Id, Subjects[s], date, 1 + (value % 10), MarkKind.Formative),
                    3 => new Mark(Pupils[p].Id, Subjects[s], date, UnitMaxima[max] is { } unit ? value % (unit + 1) : value, MarkKind.UnitSummative) { Max = UnitMaxima[max] },
                    _ => new Mark(Pupils[p].Id, Subjects[s], date, TermMaxima[max % TermMaxima.Length] is { } term ? value % (term + 1) : value, MarkKind.TermSummative) { Max = TermMaxima[max % TermMaxima.Length] },
                };
            });

    // An evaluation score of a teacher on a sheet's criterion (0 absent, 1 occasional, 2 systematic, §3.2) on one of a
    // few dates: the same object and sheet scored again later is a re-control (§3.1, §3.4).
    private static readonly Gen<EvaluationScore> ScoreGen =
        Gen.Select(Gen.Int[0, Objects.Length - 1], Gen.Int[0, Sheets.Length - 1], Gen.Int[0, Criteria.Length - 1], Gen.Int[0, 2], Gen.Int[0, ScoreDates.Length - 1])
            .Select((o, sheet, criterion, value, date) => new EvaluationScore(Objects[o], "teacher", Sheets[sheet], Criteria[criterion], value, ScoreDates[date], "I1"));

    private static readonly Gen<History> HistoryGen = Histories.Of(MarkGen, Histories.Absences([.. Pupils.Select(p => p.Id)], First), markWeight: 6);

    [Fact]
    public void Evaluate_GeneratedKazakhSchoolsAndScoreHistories_EnginesAgreeAndIncrementalEqualsBatch()
    {
        // Arrange
        var policy = Kazakh.Value;
        var calendar = CalendarCatalog.Find("kz", "2026-2027")!;

        // Act + Assert: each school's four results (two engines, batch and incremental) are one
        SeededSample.Check(
            Gen.Select(HistoryGen, ScoreGen.List[0, 24]),
            school =>
            {
                var (history, scores) = school;
                EngineParity.AssertBatchAndIncremental(policy, calendar, Now, history, facts => School(facts, scores));
            },
            Seed,
            Schools,
            t => Print(t.Item1, t.Item2));
    }

    /// <summary>
    /// The generated schools reach what the policy decides: over the run, both engines fire the matrix rules, the
    /// criteria-based checks and the low-achiever projections (so that agreement is not agreement on nothing).
    /// </summary>
    [Fact]
    public void Evaluate_GeneratedKazakhSchools_ReachTheMatrixTheMarkChecksAndTheProjections()
    {
        // Arrange
        var policy = Kazakh.Value;
        var calendar = CalendarCatalog.Find("kz", "2026-2027")!;
        var fired = new HashSet<string>(StringComparer.Ordinal);

        // Act
        SeededSample.Check(
            Gen.Select(HistoryGen, ScoreGen.List[0, 24]),
            school =>
            {
                foreach (var firing in policy.Evaluate(School(school.Item1.Final(), school.Item2), calendar, Now, RuleEngineKind.NRules).Firings)
                {
                    fired.Add(firing.Rule);
                }
            },
            Seed,
            Schools + 100);

        // Assert: §3.2, §3.4 (scores), R31, R28, R30 (marks), §5.1 (projections)
        Assert.Contains("§3.2 the group of an object on a sheet", fired);
        Assert.Contains("§3.4 groups A and B are controlled again", fired);
        Assert.Contains("R31 too many unit summatives in the quarter", fired);
        Assert.Contains("R28 grade 1 gets no marks", fired);
        Assert.Contains("R30 a unit summative's maximum points are outside the rules", fired);
        Assert.Contains(fired, r => r.StartsWith("§5.1", StringComparison.Ordinal));
    }

    private static SchoolData School(IEnumerable<(Mark? Mark, Absence? Absence)> facts, IReadOnlyList<EvaluationScore> scores)
    {
        var builder = SchoolBuilder.Kazakh("2026-2027");
        foreach (var (_, @class, grade) in Pupils)
        {
            builder.Class(@class, grade);
        }

        foreach (var (id, @class, _) in Pupils)
        {
            builder.Pupil(id, @class);
        }

        foreach (var subject in Subjects)
        {
            builder.Subject(subject, subject);
            foreach (var (_, @class, _) in Pupils)
            {
                builder.Teaching(@class, subject, "T1");
            }
        }

        return builder.Journal(facts).Build() with { Scores = [.. scores] };
    }

    private static string Print(History history, IReadOnlyList<EvaluationScore> scores) =>
        history.Print() + "\nscores:\n" + string.Join("\n", scores.Select(s => $"  {s.ObjectId} {s.Sheet} {s.Criterion} {s.Score} {s.Date:yyyy-MM-dd}"));
}
