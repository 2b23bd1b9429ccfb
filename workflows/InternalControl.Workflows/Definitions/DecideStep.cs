namespace InternalControl.Workflows.Definitions;

/// <summary>
/// Chooses the next step: the first row whose conditions hold (a decision table with the FIRST hit
/// policy, or a chain of <c>when</c> expressions), else <paramref name="Otherwise"/>.
/// <c>Table</c> names the decision table the rows came from, if any.
/// </summary>
public sealed record DecideStep(string Id, IReadOnlyList<DecisionRow> Rows, string Otherwise, string? Table) : StepDefinition(Id)
{
    public override IEnumerable<string> Targets => Rows.Select(r => r.Next).Append(Otherwise);

    /// <summary>The step the variables lead to.</summary>
    public string Choose(IReadOnlyDictionary<string, string> variables) =>
        Rows.FirstOrDefault(r => r.When.All(c => c.Holds(variables)))?.Next ?? Otherwise;
}
