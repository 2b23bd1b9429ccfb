using System.Linq.Expressions;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Vocabularies;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Rules.Tables;

namespace InternalControl.Rules.Testing;

/// <summary>Runs the `test` blocks of a compiled policy (`ic rules test`): each on its own small school built from its `given` facts.</summary>
public static class PolicyTestRunner
{
    /// <summary>Runs every test block, in file order, on the given engine.</summary>
    public static IReadOnlyList<TestOutcome> Run(CompiledPolicy policy, RuleEngineKind engine = RuleEngineKind.Compiled)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return [.. policy.TestBlocks.Select(t => Run(policy, t.Test, engine))];
    }

    private static TestOutcome Run(CompiledPolicy policy, TestSyntax test, RuleEngineKind engine)
    {
        var failures = new List<Diagnostic>();
        var context = policy.Binding;
        var data = GivenFacts.Build(test, context, policy.Country, failures);
        var calendar = CalendarCatalog.All.Where(c => c.Country == policy.Country.Code()).ToList();
        var now = GivenFacts.Now(test, data) ?? calendar.Select(c => c.Start).DefaultIfEmpty().Max();
        var year = CalendarCatalog.ForDate(policy.Country.Code(), now);
        if (year is null)
        {
            failures.Add(Diagnostic.Error("IC1511", test.Span, "Rules.Test.NoCalendar", policy.Country.Code(), IsoDate.Text(now)));
            return new TestOutcome(test.Name, test.Span, false, failures);
        }

        var session = policy.OpenSession(data, year, now, engine);
        var result = session.Run();
        foreach (var expect in test.Expect)
        {
            Check(expect, result, policy, data, year, now, failures);
        }

        return new TestOutcome(test.Name, test.Span, failures.Count == 0, failures);
    }

    private static void Check(ExpectSyntax expect, EvaluationResult result, CompiledPolicy policy, SchoolData data, SchoolCalendar calendar, DateOnly now, List<Diagnostic> failures)
    {
        var binder = new ExpressionBinder(policy.Binding, []);
        var keys = expect.Arguments.Select(a => Convert.ToString(TableCompiler.Constant(binder.Bind(a)), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();
        object shownKeys = keys.Count == 0 ? new TextArgument("Rules.Test.Anyone") : string.Join(", ", keys);
        bool Keyed(string? pupil, string? subject, string? obj) =>
            (keys.Count < 1 || keys[0] == pupil || keys[0] == obj) && (keys.Count < 2 || keys[1] == subject);
        void Fail(string code, string key, params object?[] args) => failures.Add(Diagnostic.Error(code, expect.Span, key, args));

        switch (expect.Kind)
        {
            case Kw.Fired:
                var fired = result.Firings.Any(f => f.Rule == expect.Name && Keyed(f.PupilId, f.SubjectId, f.ObjectId));
                if (fired == expect.Negated)
                {
                    Fail("IC1501", expect.Negated ? "Rules.Test.UnexpectedFiring" : "Rules.Test.ExpectedFiring", expect.Name, shownKeys);
                }

                break;
            case Kw.Fact:
                var wanted = expect.Value is null ? null : TableCompiler.Constant(binder.Bind(expect.Value));
                var found = result.Facts.Any(f => f.Name == expect.Name && Keyed(f.PupilId, f.SubjectId, null) && (wanted is null || Equals(wanted, f.Value)));
                if (found == expect.Negated)
                {
                    Fail("IC1502", expect.Negated ? "Rules.Test.UnexpectedFact" : "Rules.Test.ExpectedFact", expect.Name, string.Join(", ", keys), wanted is null ? "" : " = " + TableCompiler.Format(wanted));
                }

                break;
            case Kw.Decision:
                var value = expect.Value is null ? null : TableCompiler.Constant(binder.Bind(expect.Value));
                var decisions = result.Decisions.Where(d => d.Name == expect.Name && Keyed(d.PupilId, d.SubjectId, d.ObjectId)).ToList();
                var ok = decisions.Any(d => value is null || Equals(d.Value, value));
                if (ok == expect.Negated)
                {
                    if (expect.Negated)
                    {
                        Fail("IC1503", "Rules.Test.UnexpectedDecision", expect.Name, shownKeys);
                    }
                    else
                    {
                        Fail("IC1503", "Rules.Test.ExpectedDecision", expect.Name, TableCompiler.Format(value), shownKeys, decisions.Count == 0 ? "-" : string.Join(", ", decisions.Select(d => TableCompiler.Format(d.Value))));
                    }
                }

                break;
            case Kw.Started:
                var started = result.Starts.Any(s => s.Workflow == expect.Name && (keys.Count == 0 || s.Key == string.Join('/', keys)));
                if (started == expect.Negated)
                {
                    Fail("IC1504", expect.Negated ? "Rules.Test.UnexpectedStart" : "Rules.Test.ExpectedStart", expect.Name, shownKeys);
                }

                break;
            case Kw.Notified:
                // The expected role may be written in any language, as the notify action may (RuleCompiler.RoleCode).
                var expectedRole = RuleCompiler.RoleCode(PolicyLanguage.Vocabularies.Vocabulary.Default, expect.Name ?? "");
                var notified = result.Notifications.Any(n => n.Role == expectedRole && Keyed(n.PupilId, n.SubjectId, null));
                if (notified == expect.Negated)
                {
                    Fail("IC1505", expect.Negated ? "Rules.Test.UnexpectedNotification" : "Rules.Test.ExpectedNotification", expect.Name, shownKeys);
                }

                break;
            default:
                var errors = policy.Binding.Diagnostics.Count;
                var condition = binder.BindCondition(expect.Value!);
                if (policy.Binding.Diagnostics.Count > errors)
                {
                    failures.AddRange(policy.Binding.Diagnostics.Skip(errors));
                    policy.Binding.Diagnostics.RemoveRange(errors, policy.Binding.Diagnostics.Count - errors);
                    break;
                }

                var check = Expression.Lambda<Func<EvalContext, bool>>(condition.Expression, policy.Binding.Ctx).Compile();
                if (!check(new EvalContext(new FactIndex(data, calendar), now)))
                {
                    Fail("IC1506", "Rules.Test.ConditionFalse");
                }

                break;
        }
    }
}
