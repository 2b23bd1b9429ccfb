using System.Globalization;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Workflows.Diagrams;

/// <summary>
/// What the diagrams write on nodes and edges. With a language: the step, role, outcome, field and choice names
/// of the Workflows catalog (falling back to the codes) and the kinds of steps in that language. Without one: the
/// codes as written in the policy, for diffs and for tests.
/// </summary>
internal sealed class DiagramLabels(WorkflowDefinition definition, Language? language)
{
    /// <summary>The lines of a step's node: its name, then what it does.</summary>
    public IReadOnlyList<string> Lines(StepDefinition step)
    {
        var name = language is { } l ? WorkflowText.Step(definition.Name, step.Id).Render(l) : step.Id;
        return step switch
        {
            TaskStep t when t.Deadline is { } d => [name, Text("Task", "task: {0}", Role(t.Role)), Text("Due", "due: {0} school days", d.DueDays)],
            TaskStep t => [name, Text("Task", "task: {0}", Role(t.Role))],
            NotifyStep n => [name, Text("Notify", "notify: {0}", string.Join(", ", n.Recipients.Select(Role)))],
            DecideStep { Table: { } table } => [name, Text("Table", "table: {0}", table)],
            DecideStep => [name],
            WaitStep { UntilVariable: { } variable } => [name, Text("WaitUntil", "wait: {0}", variable)],
            WaitStep { SchoolDays: { } days } => [name, Text("WaitDays", "wait: {0} school days", days)],
            WaitStep { UntilYearEnd: true } => [name, Text("WaitYearEnd", "wait: year_end")],
            WaitStep w => [name, Text("WaitUntil", "wait: {0}", language is null ? IsoDate.Text(w.Until!.Value) : w.Until!.Value)],
            ParallelStep => [name, Text("Parallel", "parallel")],
            SubWorkflowStep s => [name, Text("Start", "start: {0}", language is { } l2 ? WorkflowText.Workflow(s.Workflow).Render(l2) : s.Workflow)],
            EndStep e => [name, language is { } l3 ? WorkflowText.Outcome(e.Result).Render(l3) : e.Result],
            _ => [name],
        };
    }

    /// <summary>The label of an outcome's edge.</summary>
    public string Outcome(string outcome) => language is { } l ? WorkflowText.Outcome(outcome).Render(l) : outcome;

    /// <summary>The label of a decision row's edge: its conditions.</summary>
    public string Row(DecisionRow row) => row.When.Select(Condition).Aggregate((a, b) => Text("And", "{0} and {1}", a, b));

    public string Otherwise => Text("Otherwise", "otherwise");

    public string Join => Text("Join", "join");

    private string Condition(Condition c)
    {
        var variable = language is { } l ? WorkflowText.Field(c.Variable).Render(l) : c.Variable;
        var values = language is { } l2
            ? c.Values.Select(v => WorkflowText.Choice(v).Render(l2)).Aggregate((a, b) => Text("Or", "{0}/{1}", a, b))
            : string.Join("/", c.Values);
        return c.Operator switch
        {
            ConditionOperator.In => Text("In", "{0} in {1}", variable, values),
            ConditionOperator.NotIn => Text("NotIn", "{0} not in {1}", variable, values),
            ConditionOperator.AtLeast => $"{variable} >= {values}",
            ConditionOperator.Less => $"{variable} < {values}",
            ConditionOperator.Greater => $"{variable} > {values}",
            _ => $"{variable} <= {values}",
        };
    }

    private string Role(WorkflowRole role) => language is { } l ? WorkflowText.Role(role).Render(l) : role.Code();

    /// <summary>The catalog's text in the language; without a language, the code-level template.</summary>
    private string Text(string key, string codes, params object?[] args) =>
        language is { } l ? Texts.Get("Workflows.Diagram." + key, l, args) : string.Format(CultureInfo.InvariantCulture, codes, args);
}
