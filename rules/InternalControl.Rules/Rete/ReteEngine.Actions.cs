using InternalControl.Kernel.Diagnostics;
using InternalControl.Rules.Runtime;
using NRules.Diagnostics;
using NRules.RuleModel;

namespace InternalControl.Rules.Rete;

/// <summary>What an activation does: the compiled actions, `assert` as linked facts, and the firing recorded from NRules' event.</summary>
internal sealed partial class ReteEngine
{
    /// <summary>Runs a rule's compiled actions for an activation; `assert` becomes linked facts of the activation.</summary>
    public void Act(IContext nrules, CompiledRule rule, int index, BindingFact binding, IEnumerable<AssertedFact>? facts)
    {
        var context = Context;
        binding.Bind(context);
        context.Facts = facts is null ? null : FactsOf(facts);
        var outcome = OutcomeFor(binding.Pupil);
        var times = binding.Fired.GetValueOrDefault(index);
        binding.Fired[index] = times + 1;
        if (times >= Evaluator.MaxRounds)
        {
            // The evaluator's chaining bound (IC1401): a rule that keeps changing the facts it reads is stopped.
            if (times == Evaluator.MaxRounds)
            {
                outcome.Problems.Add(Diagnostic.Warning("IC1401", rule.Span, "Rules.ChainingBound", rule.Name, Evaluator.MaxRounds));
            }

            _suppressed = true;
            return;
        }

        var marks = (outcome.Starts.Count, outcome.Decisions.Count, outcome.Notifications.Count);
        var changed = false;
        var yielded = new HashSet<object>();
        foreach (var action in rule.Actions)
        {
            changed |= action is AssertAction assert ? Yield(nrules, assert, binding, rule, yielded) : action.Run(context, rule, outcome);
        }

        // Truth maintenance inside one activation: a fact it asserted before and no longer asserts goes.
        foreach (var key in nrules.GetLinkedKeys().Where(k => !yielded.Contains(k)).ToList())
        {
            nrules.RetractLinked(key, nrules.GetLinked(key)!);
            changed = true;
        }

        // As in the evaluator, a re-firing that changes nothing is no news: drop what it produced.
        _suppressed = times > 0 && !changed;
        if (_suppressed)
        {
            outcome.Starts.RemoveRange(marks.Item1, outcome.Starts.Count - marks.Item1);
            outcome.Decisions.RemoveRange(marks.Item2, outcome.Decisions.Count - marks.Item2);
            outcome.Notifications.RemoveRange(marks.Item3, outcome.Notifications.Count - marks.Item3);
        }
    }

    private bool Yield(IContext nrules, AssertAction assert, BindingFact binding, CompiledRule rule, HashSet<object> yielded)
    {
        var context = Context;
        var subject = assert.Subject?.Invoke(context) ?? -1;
        var value = assert.Value?.Invoke(context) ?? 1;
        var key = (assert.Fact, subject);
        yielded.Add(key);
        if (nrules.GetLinked(key) is AssertedFact existing)
        {
            if (existing.Value.Equals(value))
            {
                return false;
            }

            existing.Value = value;
            existing.Rule = rule.Name;
            nrules.UpdateLinked(key, existing);
            return true;
        }

        var known = context.Facts is { } table && table.Exists(assert.Fact, subject) && table.Value(assert.Fact, subject).Equals(value);
        nrules.InsertLinked(key, new AssertedFact(this, binding.Pupil, assert.Fact, assert.Name, subject, value, rule.Name));
        return !known;
    }

    private void OnFired(object? sender, AgendaEventArgs e)
    {
        if (_suppressed)
        {
            _suppressed = false;
            return;
        }

        var binding = ReteBridge.BindingIn(e.Facts.Select(f => f.Value));
        var rule = _model.Rules[_model.Index[e.Rule.Name]];
        var context = Context;
        binding.Bind(context);
        _witnessBuffer.Clear();
        for (var w = 0; w < rule.Witnesses.Count; w++)
        {
            rule.Witnesses[w](context, _witnessBuffer);
        }

        var objectId = context.ObjectId();
        OutcomeFor(binding.Pupil).Firings.Add(new Firing(
            rule.Name,
            StartAction.NullIfEmpty(context.PupilId(context.Pupil)),
            StartAction.NullIfEmpty(context.SubjectId(context.Subject)),
            objectId,
            context.CurrentTerm,
            context.Now,
            _witnessBuffer.Count == 0 ? [] : [.. _witnessBuffer]));
    }
}
