using System.Globalization;
using InternalControl.Rules.Runtime;
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

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Value(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";
}
