using InternalControl.Localization;
using InternalControl.Rules.Explain;
using InternalControl.Rules.Rete;
using InternalControl.Rules.Runtime;
using NRules.Diagnostics;

namespace InternalControl.Rules.Tests.Rete;

/// <summary>On NRules, the firings `ic explain` words are the ones NRules' session reported (IEventProvider.RuleFiredEvent).</summary>
public sealed class FiredEventTests
{
    [Fact]
    public void RunAll_NRules_FiringsAreTheSessionsRuleFiredEvents()
    {
        // Arrange: 5.7, three 2s in mathematics for P1; one 2 in history for P2 (no firing).
        var school = Some.School([.. Some.Marks, Some.Mark("P2", "HIST", "2026-10-06", 2)]);
        var engine = new ReteEngine(Some.Compile(Some.Policy57).Rete, new FactIndex(school, Some.Calendar), Some.Now);
        var events = new List<string>();
        engine.Session.Events.RuleFiredEvent += (_, e) => events.Add(Key(e));

        // Act
        engine.RunAll();

        // Assert
        var firings = engine.Outcomes.SelectMany(o => o.Firings).Select(f => $"{f.Rule}|{f.PupilId}|{f.SubjectId}").ToList();
        Assert.Equal(["5.7 three or more 2s in one subject|P1|MATH"], events);
        Assert.Equal(events, firings);
    }

    [Fact]
    public void Explain_NRulesResult_SameWordsAsTheExpressionTreeEngine()
    {
        // Arrange
        var school = Some.School(Some.Marks);
        var policy = Some.Compile(Some.Policy57);

        // Act
        var nrules = Explainer.Explain(policy.Evaluate(school, Some.Calendar, Some.Now, RuleEngineKind.NRules), "P1", school, Language.Ky);
        var compiled = Explainer.Explain(policy.Evaluate(school, Some.Calendar, Some.Now, RuleEngineKind.Compiled), "P1", school, Language.Ky);

        // Assert
        Assert.Equal("«5.7 three or more 2s in one subject» эрежеси 20.10.2026 күнү «Математика» сабагы боюнча иштеди (1-чейрек).", nrules[0]);
        Assert.Equal(compiled, nrules);
    }

    private static string Key(AgendaEventArgs e)
    {
        var binding = ReteBridge.BindingIn(e.Facts.Select(f => f.Value));
        var index = binding.Engine.Index;
        return $"{e.Rule.Name}|{index.PupilIds[binding.Pupil]}|{index.SubjectIds[binding.Subject]}";
    }
}
