namespace InternalControl.Workflows.Definitions;

/// <summary>One step of a workflow, named by an id unique in its definition.</summary>
public abstract record StepDefinition(string Id)
{
    /// <summary>The step ids (or <see cref="WorkflowDefinition.Join"/>) this step can move to.</summary>
    public abstract IEnumerable<string> Targets { get; }

    /// <summary>The report tag (<see cref="Kernel.Concepts.ReportTag"/>) that tells reports what this step is, or null.</summary>
    public string? Report { get; init; }

    /// <summary>
    /// True for <c>ask</c>: the step's messages ask their recipient something (an invitation to come, a notice to
    /// acknowledge), and a parent's page lists them. Like a report tag, it says how a message is shown, not how the case
    /// runs, so it is not part of the definition's hash.
    /// </summary>
    public bool Asks { get; init; }
}
