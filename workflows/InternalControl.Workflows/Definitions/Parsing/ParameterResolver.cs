using System.Globalization;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Text;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>
/// Puts the values of policy parameters where a workflow named them (deadlines, waits, decision values). Values
/// are taken when the host compiles the policy set, after the school's overlays: a case keeps the values its
/// definition had when it started (they are part of the definition's hash and of its stored text).
/// </summary>
internal static class ParameterResolver
{
    /// <summary>
    /// The steps with every parameter replaced by its value; each use's token and the number written in its place
    /// go to <paramref name="replacements"/>, so that the stored text holds numbers.
    /// </summary>
    public static List<StepSyntax> Resolve(WorkflowSyntax syntax, WorkflowScope scope, List<Diagnostic> diagnostics, Dictionary<SourceSpan, string> replacements)
    {
        var steps = syntax.Steps.ToList();
        foreach (var use in syntax.Parameters)
        {
            if (!scope.Parameters.TryGetValue(use.Name, out var value))
            {
                var suggestion = Suggestions.Best(use.Name, scope.Parameters.Keys);
                diagnostics.Add(suggestion is not null
                    ? Diagnostic.Error("IC2202", use.Span, "Workflows.Binding.UnknownParameterDidYouMean", use.Name, suggestion)
                    : Diagnostic.Error("IC2202", use.Span, "Workflows.Binding.UnknownParameter", use.Name));
                continue;
            }

            var number = Number(value);
            var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            if (use.Slot is ParameterSlot.Condition or ParameterSlot.Outcome)
            {
                if (number is null)
                {
                    diagnostics.Add(Diagnostic.Error("IC2203", use.Span, "Workflows.Binding.ParameterNotNumber", use.Name, text));
                    continue;
                }
            }
            else if (number is not { } days || days < 0 || days != decimal.Truncate(days) || days > int.MaxValue)
            {
                diagnostics.Add(Diagnostic.Error("IC2203", use.Span, "Workflows.Binding.ParameterNotDays", use.Name, text));
                continue;
            }

            var written = number.Value.ToString(CultureInfo.InvariantCulture);
            var index = steps.FindIndex(s => s.Step.Id == use.Step);
            if (index >= 0)
            {
                steps[index] = steps[index] with { Step = Apply(steps[index].Step, use, written) };
                replacements[use.Span] = written;
            }
        }

        return steps;
    }

    private static StepDefinition Apply(StepDefinition step, ParameterUse use, string written)
    {
        var days = int.Parse(use.Slot is ParameterSlot.Condition or ParameterSlot.Outcome ? "0" : written, CultureInfo.InvariantCulture);
        return (step, use.Slot) switch
        {
            (TaskStep { Deadline: { } d } t, ParameterSlot.Due) => t with { Deadline = d with { DueDays = days } },
            (TaskStep { Deadline: { } d } t, ParameterSlot.Remind) => t with { Deadline = d with { RemindDays = days } },
            (TaskStep { Deadline: { } d } t, ParameterSlot.Escalate) => t with { Deadline = d with { EscalateDays = days } },
            (WaitStep w, ParameterSlot.Wait) => w with { SchoolDays = days },
            (DecideStep d, ParameterSlot.Condition) when use.Row < d.Rows.Count && use.Condition < d.Rows[use.Row].When.Count =>
                d with { Rows = [.. d.Rows.Select((row, r) => r != use.Row ? row : row with { When = [.. row.When.Select((c, i) => i != use.Condition ? c : c with { Values = [written] })] })] },
            (TaskStep t, ParameterSlot.Outcome) when use.Row < t.Outcomes.Count && use.Condition < t.Outcomes[use.Row].When.Count =>
                t with { Outcomes = [.. t.Outcomes.Select((o, r) => r != use.Row ? o : o with { When = [.. o.When.Select((c, i) => i != use.Condition ? c : c with { Values = [written] })] })] },
            _ => step,
        };
    }

    private static decimal? Number(object value) => value switch
    {
        double d when double.IsFinite(d) && Math.Abs(d) < 1e15 => (decimal)d,
        int i => i,
        long l => l,
        decimal m => m,
        _ => null,
    };
}
