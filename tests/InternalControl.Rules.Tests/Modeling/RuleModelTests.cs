using InternalControl.Rules.Model;
using InternalControl.Rules.Rete;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Tests.Modeling;

/// <summary>
/// The typed rule model between the binder and the engines: a rule's patterns, its aggregates with their grouping,
/// window and function, the derived facts it reads, its actions, and both engines built from that model alone.
/// </summary>
public sealed class RuleModelTests
{
    private const string Rules = """
        table band hit first
            input mean in [0..5] | output band
            < 3                  | "low"
            >= 3                 | "ok"
        end

        rule "weak subject" priority 2
        when
            pupil p
            subject s
            avg(mark m where m.kind = "current") < 3
            count(absence a where not a.excused) >= 2
        then
            assert weak(p, s) = avg(mark m)
            set band = band(avg(mark m))
        end

        rule "single 3" priority 1
        when
            pupil p
            count(subject t where round(avg(mark m)) = 3) = 1
            not exists(weak(p))
        then
            start "single-mark" for p
            notify class_teacher "x"
        end

        rule "criteria"
        when
            score e
            count(score x where x.object = e.object) > 1
        then
            set seen = 1
        end
        """;

    [Fact]
    public void Compile_Rule_BindsPatternsAggregatesFactsReadAndActionsIntoTheModel()
    {
        // Act
        var model = Some.Compile(Some.Policy(Rules)).Model;

        // Assert
        var weak = model.Rules.Single(r => r.Name == "weak subject");
        Assert.Equal([(FactType.Pupil, "p"), (FactType.Subject, "s")], weak.Patterns.Select(p => (p.Type, p.Variable)));
        Assert.Equal(RuleScope.PupilSubject, weak.Scope);
        Assert.Equal(
            [
                (FactType.Mark, AggregateFunction.Avg, AggregateGrouping.PupilSubject, CountingWindow.CurrentTerm, true),
                (FactType.Absence, AggregateFunction.Count, AggregateGrouping.Pupil, CountingWindow.CurrentTerm, true),
                // The actions' aggregates (the asserted value, the table's input) are the rule's too.
                (FactType.Mark, AggregateFunction.Avg, AggregateGrouping.PupilSubject, CountingWindow.CurrentTerm, false),
                (FactType.Mark, AggregateFunction.Avg, AggregateGrouping.PupilSubject, CountingWindow.CurrentTerm, false),
            ],
            weak.Aggregates.Select(a => (a.Over, a.Function, a.Grouping, a.Window, a.Where is not null)));
        Assert.Equal(["weak"], model.Facts.Select(f => f.Name));
        Assert.Collection(
            weak.Actions,
            a => Assert.Equal(("weak", true, true), (Assert.IsType<AssertDefinition>(a).Fact.Name, ((AssertDefinition)a).Subject is not null, ((AssertDefinition)a).Value is not null)),
            a => Assert.Equal("band", Assert.IsType<SetDefinition>(a).Name));
        Assert.Empty(weak.FactsRead);

        var single = model.Rules.Single(r => r.Name == "single 3");
        Assert.Equal(RuleScope.Pupil, single.Scope);
        // The nested mark aggregate (in the subject t) is bound first, then the subject aggregate around it.
        Assert.Equal(
            [(FactType.Mark, AggregateFunction.Avg, AggregateGrouping.PupilSubject), (FactType.Subject, AggregateFunction.Count, AggregateGrouping.PupilSubjects)],
            single.Aggregates.Select(a => (a.Over, a.Function, a.Grouping)));
        Assert.Equal(["weak"], single.FactsRead.Select(f => f.Name));
        Assert.Equal([typeof(StartDefinition), typeof(NotifyDefinition)], single.Actions.Select(a => a.GetType()));

        var criteria = model.Rules.Single(r => r.Name == "criteria");
        Assert.Equal((RuleScope.Score, AggregateGrouping.School, CountingWindow.UntilNow), (criteria.Scope, criteria.Aggregates.Single().Grouping, criteria.Aggregates.Single().Window));
        Assert.Equal(["band"], model.Tables.Select(t => t.Table.Name));
        Assert.Equal(["weak subject", "single 3", "criteria"], model.Rules.Select(r => r.Name));
    }

    [Fact]
    public void Engines_BuildFromTheModelAlone_AndAgree()
    {
        // Arrange: the model, and nothing else, given to each engine's builder
        var policy = Some.Compile(Some.Policy(Rules));
        var model = policy.Model;

        // Act
        var rete = new ReteModel(model);
        var compiled = model.Rules.Select(CompiledRule.From).ToList();

        // Assert: one NRules rule per model rule, ranked by the model's order; the same rules for the compiled engine
        Assert.Equal([("weak subject", 3), ("single 3", 2), ("criteria", 1)], rete.Definitions.Select(d => (d.Name, d.Priority)));
        Assert.Equal(model.Rules.Select(r => (r.Name, r.Scope)), compiled.Select(r => (r.Name, r.Scope)));
        Assert.Equal([0], rete.Rules.Single(r => r.Name == "single 3").FactsRead);
        Assert.Equal(policy.Rules.Select(r => r.Canonical), model.Rules.Select(r => r.Display));
        var marks = new[] { Some.Mark("P1", "MATH", "2026-10-01", 2), Some.Mark("P1", "MATH", "2026-10-02", 2), Some.Mark("P1", "HIST", "2026-10-02", 3) };
        var absences = new[] { new Kernel.Schools.Absence("P1", new DateOnly(2026, 10, 5), 6, Kernel.Schools.AbsenceExcuse.None, null), new Kernel.Schools.Absence("P1", new DateOnly(2026, 10, 6), 6, Kernel.Schools.AbsenceExcuse.None, null) };
        var result = Some.Run(Rules, marks, absences);
        Assert.Equal(("weak", "MATH", 2d), (Assert.Single(result.Facts).Name, result.Facts[0].SubjectId, result.Facts[0].Value));
    }
}
