using System.Globalization;

namespace InternalControl.Application.Tests.Engines;

/// <summary>
/// Rule templates that between them use the language's constructs (patterns over pupil and subject, every mark and
/// absence aggregate, subject aggregates, `day_in_row`, derived facts read by other rules and their values, `not`,
/// `none` of a derived fact, `or`, `in` lists and ranges, pattern `where`, mark kind, percent, date and term, `now`,
/// `current_term`, `school_days`, `days`, `weighted_mean`, `round`, a parameter, a decision table, `start`, `assert`,
/// `notify`, `set`, priorities, a named measure (`let`), the counting windows `current_half_year`, `current_year` and
/// `last_school_days(N)`, a rule_order table's list read with `in` and `count`, every output of a multi-output table,
/// a division in an action, checked for 0 with the condition); a generated policy is a subset with generated thresholds and priorities.
/// A negated derived fact is never also chained (a rule that negates one reads no other derived fact): that is where
/// the engines are known to differ (rules/README.md, "Two engines").
/// </summary>
internal static class GeneratedRules
{
    public static readonly Func<int, int, string>[] Templates =
    [
        (priority, n) => $"""
            rule "twos" priority {priority}
            when pupil p subject s count(mark g where g.value = 2) >= {1 + (n % 3)}
            then start "low" for p, s assert weak(p, s) end
            """,
        (priority, n) => $"""
            rule "weak notify" priority {priority}
            when pupil p subject s weak(p, s)
            then notify subject_teacher "weak" end
            """,
        (priority, n) => $"""
            rule "absent" priority {priority}
            when pupil p count(absence a where not a.excused) >= {1 + (n % 3)}
            then assert absent(p) = count(absence a where not a.excused) end
            """,
        (priority, n) => $"""
            rule "absent, not risky" priority {priority}
            when pupil p count(absence a where a.lessons >= {1 + (n % 4)}) >= 1 and not exists(risky(p))
            then set group = "B" end
            """,
        (priority, n) => $"""
            rule "risky" priority {priority}
            when pupil p avg(mark g) < {(25 + (n % 15)).ToString(CultureInfo.InvariantCulture)} / 10
            then assert risky(p) notify class_teacher "risky" end
            """,
        (priority, n) => $"""
            rule "subjects at 3 or below" priority {priority}
            when pupil p count(subject t where round(avg(mark m)) <= 3) >= {1 + (n % 2)}
            then set level = count(subject t where round(avg(mark m)) <= 3) end
            """,
        (priority, n) => $"""
            rule "spread" priority {priority}
            when pupil p subject s max(mark g: g.value) - min(mark g: g.value) >= {1 + (n % 3)} and sum(mark g: g.value) > {n % 10}
            then notify subject_teacher "spread" end
            """,
        (priority, n) => $"""
            rule "note run" priority {priority}
            when pupil p exists(absence a where a.excuse = "parent_note" and a.day_in_row > {1 + (n % 3)})
            then assert noted(p) end
            """,
        (priority, n) => $"""
            rule "no good marks" priority {priority}
            when pupil p subject s none(mark g where g.value >= 4) and count(mark g) >= {1 + (n % 2)}
            then notify class_teacher "none" set worst = min(subject t: avg(mark m)) end
            """,
        (priority, n) => $"""
            rule "noted and weak" priority {priority}
            when pupil p noted(p) and count(subject t where weak(p, t)) >= 1
            then start "council" for p end
            """,
        (priority, n) => $"""
            rule "absent value" priority {priority}
            when pupil p absent(p).value >= {1 + (n % 4)}
            then notify class_teacher "absent" set absences = absent(p).value end
            """,
        (priority, n) => $"""
            rule "band" priority {priority}
            when pupil p subject s band(avg(mark g)) = "low" and count(mark g) >= {1 + (n % 3)}
            then set band = band(avg(mark g)) assert low_band(p, s) end
            """,
        (priority, n) => $"""
            rule "formative or recent" priority {priority}
            when pupil p subject s
                count(mark g where g.kind = "formative" and g.percent < {40 + n}) >= 1
                or count(mark g where g.value in [2, 3] and g.date > now - {1 + (n % 20)}) >= 2
            then notify subject_teacher "recent" end
            """,
        (priority, n) => $"""
            rule "weighted" priority {priority}
            when pupil p subject s weighted_mean(avg(mark g where g.kind = "current"), 1, avg(mark g where g.kind = "formative") / 2, 1) < {(25 + (n % 20)).ToString(CultureInfo.InvariantCulture)} / 10
            then start "weighted" for p, s end
            """,
        (priority, n) => $"""
            rule "recent absence" priority {priority}
            when pupil p where p.grade >= 7
                exists(absence a where school_days(a.date, now) <= {1 + (n % 10)} and a.lessons in 2..5 and days(a.date, now) >= 0)
            then notify class_teacher "recent absence" end
            """,
        (priority, n) => $"""
            rule "not weak" priority {priority}
            when pupil p subject s none(weak(p, s)) and count(mark g where g.value <= low_mark) >= {1 + (n % 2)}
            then set watch = 1 end
            """,
        (priority, n) => $"""
            rule "this term" priority {priority}
            when pupil p where p.grade = 7 and current_term = 1
                count(mark g where g.term = current_term and g.kind != "formative") >= {3 + (n % 5)}
            then set marks_this_term = count(mark g where g.term = current_term) end
            """,
        (priority, n) => $"""
            rule "low band told" priority {priority}
            when pupil p subject s low_band(p, s)
            then notify class_teacher "band" end
            """,
        (priority, n) => $"""
            rule "windows" priority {priority}
            when pupil p unexcused_half + count(absence a in current_year where a.lessons >= {1 + (n % 3)}) >= {1 + (n % 4)}
            then set recent = count(absence a in last_school_days({3 + (n % 10)})) end
            """,
        (priority, n) => $"""
            rule "flags" priority {priority}
            when pupil p subject s
                "low" in flags(count(mark g in current_half_year where g.value = 2))
                or count(flags(count(mark g in last_school_days({5 + (n % 15)}) where g.value <= low_mark))) >= 2
            then set weight = count(flags(count(mark g where g.value = 2)).weight) end
            """,
        (priority, n) => $"""
            rule "grade band" priority {priority}
            when pupil p subject s grade_band(avg(mark g)).points = {1 + (n % 2)} and grade_band(avg(mark g)).level != "none"
            then set points = grade_band(avg(mark g in current_year)).points end
            """,
        (priority, n) => $"""
            rule "ratio" priority {priority}
            when pupil p subject s count(mark g) >= {1 + (n % 2)}
            then set ratio = count(mark g where g.value >= {4 + (n % 2)}) / count(mark g in current_term) end
            """,
    ];

    /// <summary>What every generated policy declares: a parameter, decision tables and a measure the templates read.</summary>
    private const string Preamble = """
        parameter low_mark = 3 "generated"
        table band hit first
            input mean | output level
            < 3        | "low"
            < 4        | "mid"
            >= 4       | "high"
        end
        let unexcused_half = count(absence a in current_half_year where not a.excused or not a.documented)
        table flags hit rule_order
            input twos | output flag | output weight
            >= 1       | "watch"     | 1
            >= 3       | "low"       | 2
        end
        table grade_band hit unique
            input mean | output level | output points
            < 3        | "low"        | 1
            >= 3       | "ok"         | 2
        end

        """;

    /// <summary>The templates whose facts a template reads: a fact must be asserted by some rule to be known.</summary>
    private static readonly Dictionary<int, int[]> Needs = new() { [1] = [0], [3] = [4], [9] = [7, 0], [10] = [2], [15] = [0], [17] = [11] };

    public static string Policy(IEnumerable<(int Template, int Priority, int N)> rules)
    {
        var chosen = rules.DistinctBy(r => r.Template).ToList();
        var needed = chosen.SelectMany(r => Needs.GetValueOrDefault(r.Template, [])).Where(t => chosen.All(r => r.Template != t)).Distinct().Select(t => (t, 0, 0));
        return "policy \"generated\" country kg version 1\n" + Preamble + string.Join("\n", chosen.Concat(needed).OrderBy(r => r.Item1).Select(r => Templates[r.Item1](r.Item2, r.Item3)));
    }
}
