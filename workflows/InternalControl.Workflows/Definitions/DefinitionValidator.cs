using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Workflows.Definitions;

/// <summary>Checks a definition before it exists, so that the runtime can trust every definition it runs.</summary>
internal static class DefinitionValidator
{
    public static IReadOnlyList<Diagnostic> Validate(string name, int version, IReadOnlyList<string> key, IReadOnlyList<StepDefinition> steps)
    {
        var errors = new List<Diagnostic>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(Diagnostic.ErrorOf("Workflows.Definition.NoName"));
        }

        if (version < 1)
        {
            errors.Add(Diagnostic.ErrorOf("Workflows.Definition.BadVersion", name, version));
        }

        foreach (var part in key.Where(p => string.IsNullOrWhiteSpace(p) || key.Count(k => k == p) > 1).Distinct())
        {
            errors.Add(Diagnostic.ErrorOf("Workflows.Definition.UnknownKeyPart", name, part, string.Join(", ", WorkflowDefinition.KeyParts)));
        }

        if (steps.Count == 0)
        {
            errors.Add(Diagnostic.ErrorOf("Workflows.Definition.NoSteps", name));
            return errors;
        }

        var ids = new HashSet<string>();
        foreach (var step in steps)
        {
            if (!ids.Add(step.Id) || step.Id == WorkflowDefinition.Join)
            {
                errors.Add(Diagnostic.ErrorOf("Workflows.Definition.DuplicateStep", name, step.Id));
            }
        }

        foreach (var step in steps)
        {
            // A decision without otherwise is its own error (NoOtherwise), not a step that leads to an unknown "".
            foreach (var target in step.Targets.Where(t => t != WorkflowDefinition.Join && !ids.Contains(t) && !(step is DecideStep d && t == d.Otherwise && string.IsNullOrEmpty(t))))
            {
                errors.Add(Diagnostic.ErrorOf("Workflows.Definition.UnknownTarget", name, step.Id, target));
            }

            errors.AddRange(ValidateStep(name, step));
            if (step is TaskStep { Assignee: { } assignee } assigned && AssigneeRules.Problem(name, assigned, assignee, false, steps) is { } problem)
            {
                errors.Add(problem);
            }

            if (step is TaskStep { AssigneeRole: { } role } byRole && AssigneeRules.Problem(name, byRole, role.Code(), true, steps) is { } roleProblem)
            {
                errors.Add(roleProblem);
            }

            if (step is TaskStep { Deadline.EscalateStep: { } escalation } && !EscalationValid(steps, escalation))
            {
                errors.Add(Diagnostic.ErrorOf("Workflows.Definition.BadDeadline", name, step.Id));
            }
        }

        if (!steps.OfType<EndStep>().Any())
        {
            errors.Add(Diagnostic.ErrorOf("Workflows.Definition.NoEnd", name));
        }

        // The main line (not inside a branch) has no join to go to.
        foreach (var step in MainLine(steps).Where(s => s.Targets.Contains(WorkflowDefinition.Join)))
        {
            errors.Add(Diagnostic.ErrorOf("Workflows.Definition.JoinOutsideParallel", name, step.Id));
        }

        return errors;
    }

    private static IEnumerable<Diagnostic> ValidateStep(string name, StepDefinition step)
    {
        switch (step)
        {
            case TaskStep task:
                if (task.Outcomes.Count == 0)
                {
                    yield return Diagnostic.ErrorOf("Workflows.Definition.NoOutcomes", name, task.Id);
                }

                foreach (var duplicate in task.Outcomes.GroupBy(o => o.Name).Where(g => g.Count() > 1))
                {
                    yield return Diagnostic.ErrorOf("Workflows.Definition.DuplicateOutcome", name, task.Id, duplicate.Key);
                }

                foreach (var duplicate in task.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
                {
                    yield return Diagnostic.ErrorOf("Workflows.Definition.DuplicateField", name, task.Id, duplicate.Key);
                }

                foreach (var field in task.Fields.Where(f => f.Type is FieldType.Choice or FieldType.Choices && f.Options.Count == 0))
                {
                    yield return Diagnostic.ErrorOf("Workflows.Definition.ChoiceWithoutOptions", name, task.Id, field.Name);
                }

                if (task.Deadline is { } d && !DeadlineValid(d))
                {
                    yield return Diagnostic.ErrorOf("Workflows.Definition.BadDeadline", name, task.Id);
                }

                break;
            case DecideStep decide when string.IsNullOrEmpty(decide.Otherwise):
                yield return Diagnostic.ErrorOf("Workflows.Definition.NoOtherwise", name, decide.Id);
                break;
            case WaitStep wait when new[] { wait.SchoolDays is not null && wait.UntilVariable is null, wait.Until is not null, wait.UntilYearEnd, wait.UntilVariable is not null && wait.SchoolDays is not null }.Count(b => b) != 1 || wait.SchoolDays < 0:
                yield return Diagnostic.ErrorOf("Workflows.Definition.BadWait", name, wait.Id);
                break;
            case ParallelStep parallel when parallel.Branches.Count < 2:
                yield return Diagnostic.ErrorOf("Workflows.Definition.FewBranches", name, parallel.Id);
                break;
            case SubWorkflowStep sub when sub.Workflow == name:
                yield return Diagnostic.ErrorOf("Workflows.Definition.SelfStart", name, sub.Id);
                break;
        }
    }

    private static bool DeadlineValid(TaskDeadline d) =>
        d.DueDays > 0
        && (d.RemindDays is null || (d.RemindDays > 0 && d.RemindDays < d.DueDays))
        && (d.EscalateDays is null) == (d.EscalateTo is null && d.EscalateStep is null)
        && (d.EscalateTo is null || d.EscalateStep is null)
        && (d.EscalateDays is null || d.EscalateDays > d.DueDays);

    /// <summary>
    /// An escalation's own step is a task beside the main line: every outcome ends its line (<c>-> join</c>), so
    /// the case still moves on one line, the late task's.
    /// </summary>
    private static bool EscalationValid(IReadOnlyList<StepDefinition> steps, string escalation) =>
        steps.FirstOrDefault(s => s.Id == escalation) is TaskStep task
        && task.Deadline?.EscalateStep is null
        && task.Outcomes.All(o => o.Next == WorkflowDefinition.Join);

    /// <summary>Steps reachable from the start without entering a parallel's branches.</summary>
    private static IEnumerable<StepDefinition> MainLine(IReadOnlyList<StepDefinition> steps)
    {
        var byId = steps.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<string>();
        var queue = new Queue<StepDefinition>([steps[0]]);
        while (queue.TryDequeue(out var step))
        {
            if (!seen.Add(step.Id))
            {
                continue;
            }

            yield return step;
            var next = step is ParallelStep p ? [p.Next] : step.Targets;
            foreach (var target in next)
            {
                if (byId.TryGetValue(target, out var s))
                {
                    queue.Enqueue(s);
                }
            }
        }
    }
}
