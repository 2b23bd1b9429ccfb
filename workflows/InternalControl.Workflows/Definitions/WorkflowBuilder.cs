using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;

namespace InternalControl.Workflows.Definitions;

/// <summary>
/// Builds a <see cref="WorkflowDefinition"/> in code (tests, samples) and from parsed policy text
/// (the binder); <see cref="Build"/> validates and never throws for a bad definition.
/// </summary>
public sealed class WorkflowBuilder(string name, int version = 1)
{
    private readonly List<StepDefinition> _steps = [];
    private List<string> _key = [];
    private bool _once;
    private string? _report;

    /// <summary>Sets the key parts that correlate cases (pupil, subject, term).</summary>
    public WorkflowBuilder Key(params string[] parts)
    {
        _key = [.. parts];
        return this;
    }

    /// <summary>One case per key ever: a start whose key has a closed case returns that case (<c>once</c>).</summary>
    public WorkflowBuilder Once(bool once = true)
    {
        _once = once;
        return this;
    }

    /// <summary>Adds a step built elsewhere.</summary>
    /// <summary>Tags the workflow for the reports (<see cref="Kernel.Concepts.ReportTag"/>).</summary>
    public WorkflowBuilder Report(string? tag)
    {
        _report = tag;
        return this;
    }

    public WorkflowBuilder Add(StepDefinition step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public WorkflowBuilder Notify(string id, string template, string next, params WorkflowRole[] recipients) =>
        Add(new NotifyStep(id, recipients, template, next));

    public WorkflowBuilder Task(string id, WorkflowRole role, Action<TaskStepBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new TaskStepBuilder(id, role);
        configure(builder);
        return Add(builder.Build());
    }

    public WorkflowBuilder Decide(string id, Action<DecideStepBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new DecideStepBuilder(id);
        configure(builder);
        return Add(builder.Build());
    }

    public WorkflowBuilder Wait(string id, int schoolDays, string next) => Add(new WaitStep(id, schoolDays, null, next));

    public WorkflowBuilder WaitUntil(string id, DateOnly date, string next) => Add(new WaitStep(id, null, date, next));

    public WorkflowBuilder Parallel(string id, IReadOnlyList<string> branches, string next) => Add(new ParallelStep(id, branches, next));

    public WorkflowBuilder SubWorkflow(string id, string workflow, string next) => Add(new SubWorkflowStep(id, workflow, next));

    public WorkflowBuilder End(string id, string result) => Add(new EndStep(id, result));

    /// <summary>Validates and builds the definition, or returns the diagnostics.</summary>
    public Result<WorkflowDefinition> Build()
    {
        var diagnostics = DefinitionValidator.Validate(name, version, _key, _steps);
        return diagnostics.Count > 0
            ? Result<WorkflowDefinition>.Failure(diagnostics)
            : Result<WorkflowDefinition>.From(new WorkflowDefinition(name, version, [.. _key], [.. _steps], _once, _report), []);
    }

    /// <summary>Builds the definition, throwing when it is invalid (for code-built definitions, where invalid is a bug).</summary>
    public WorkflowDefinition BuildOrThrow()
    {
        var result = Build();
        return result.Value
            ?? throw new InvalidOperationException($"Workflow '{name}' is invalid: {string.Join("; ", result.Diagnostics.Select(d => d.Render(Language.En)))}");
    }
}
