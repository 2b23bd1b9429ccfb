using System.Globalization;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Testing.Properties;
using Xunit;

namespace InternalControl.Testing.Rules;

/// <summary>An evaluation result as sorted lines (firings with their facts, derived facts, starts, notices, decisions, problems), so two engines' results compare as text.</summary>
public static class EngineParity
{
    public static IReadOnlyList<string> Lines(EvaluationResult result) =>
    [
        .. result.Firings.Select(f => $"fired {f.Rule} | {f.PupilId} | {f.SubjectId} | {f.ObjectId} | {f.Term} | {string.Join(", ", f.Facts.Select(r => $"{r.Type} {r.SubjectId} {r.Date:yyyy-MM-dd} {Number(r.Value)}"))}").Order(StringComparer.Ordinal),
        .. result.Facts.Select(f => $"fact {f.Name} | {f.PupilId} | {f.SubjectId} | {Number(f.Value)} | {f.Rule}").Order(StringComparer.Ordinal),
        .. result.Starts.Select(s => $"start {s.Workflow} | {s.Key} | {s.PupilId} | {s.SubjectId} | {s.Term} | {s.Rule} | {string.Join("/", s.Parts)}").Order(StringComparer.Ordinal),
        .. result.Notifications.Select(n => $"notify {n.Role} | {n.Message} | {n.PupilId} | {n.SubjectId} | {n.Rule}").Order(StringComparer.Ordinal),
        .. result.Decisions.Select(d => $"set {d.Name} | {Value(d.Value)} | {d.PupilId} | {d.SubjectId} | {d.ObjectId} | {d.Rule}").Order(StringComparer.Ordinal),
        .. result.Problems.Select(p => $"problem {p.Code} | {string.Join(", ", p.Args.Select(Value))}").Order(StringComparer.Ordinal),
    ];

    /// <summary>The lines one engine has and the other has not, for a failure message.</summary>
    public static string Difference(IReadOnlyList<string> compiled, IReadOnlyList<string> nrules)
    {
        var onlyCompiled = compiled.Except(nrules).Take(10).Select(l => "  compiled only: " + l);
        var onlyNRules = nrules.Except(compiled).Take(10).Select(l => "  nrules only:   " + l);
        return $"compiled {compiled.Count} lines, nrules {nrules.Count} lines\n" + string.Join("\n", onlyCompiled.Concat(onlyNRules));
    }

    public static void AssertSame(EvaluationResult compiled, EvaluationResult nrules)
    {
        var a = Lines(compiled);
        var b = Lines(nrules);
        Assert.True(a.SequenceEqual(b), Difference(a, b));
    }

    /// <summary>
    /// Asserts that each engine's batch over the edited journal (<see cref="History.Final"/>), and its session fed the
    /// history one fact at a time (<see cref="History.Replay"/>), ends where the compiled engine's batch ends;
    /// <paramref name="school"/> makes a school of a journal's facts.
    /// </summary>
    public static void AssertBatchAndIncremental(CompiledPolicy policy, SchoolCalendar calendar, DateOnly now, History history, Func<IEnumerable<(Mark? Mark, Absence? Absence)>, SchoolData> school)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(school);
        var all = school(history.Final());
        var compiled = Lines(policy.Evaluate(all, calendar, now, RuleEngineKind.Compiled));
        foreach (var engine in Enum.GetValues<RuleEngineKind>())
        {
            var batch = Lines(policy.Evaluate(all, calendar, now, engine));
            Assert.True(compiled.SequenceEqual(batch), $"batch {engine}\n" + Difference(compiled, batch));
            var incremental = Lines(history.Replay(policy.OpenSession(school(history.Facts.Take(history.Batch)), calendar, now, engine)));
            Assert.True(compiled.SequenceEqual(incremental), $"incremental {engine}\n" + Difference(compiled, incremental));
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Value(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";
}
