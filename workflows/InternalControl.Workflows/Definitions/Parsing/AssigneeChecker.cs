using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>
/// Checks each task's <c>assignee NAME</c> against what the workflow itself says its case variables are. A name the
/// block does not mention is a start variable (the plan's <c>responsible</c>) and is found at run time; a name the block
/// gives another meaning cannot hold a member of staff: the case's pupil, subject or term (IC2430), a field that is not
/// text (IC2431), a step's count or result (IC2432), a field only the same task fills (IC2433); and a parents' task
/// goes to the parents, never to a member of staff (IC2434), nor to a role's holder. Each is reported at the name.
/// </summary>
internal static class AssigneeChecker
{
    public static void Check(WorkflowSyntax syntax, IReadOnlyList<StepSyntax> steps, List<Diagnostic> diagnostics)
    {
        var tasks = steps.Select(s => s.Step).OfType<TaskStep>().ToList();
        foreach (var use in syntax.Assignees)
        {
            if (Finding(syntax.Name, use, steps, tasks) is { } finding)
            {
                diagnostics.Add(finding);
            }
        }
    }

    private static Diagnostic? Finding(string workflow, AssigneeUse use, IReadOnlyList<StepSyntax> steps, List<TaskStep> tasks)
    {
        var step = WorkflowText.Step(workflow, use.Step);
        if (tasks.FirstOrDefault(t => t.Id == use.Step) is { Role: WorkflowRole.Parents })
        {
            return Diagnostic.Error("IC2434", use.Span, "Workflows.Binding.AssigneeParents", use.Name, step);
        }

        // A role is no case variable: whoever holds it is on the staff, so none of the variable's checks apply.
        if (use.Role is not null)
        {
            return null;
        }

        if (WorkflowDefinition.KeyParts.Contains(use.Name))
        {
            return Diagnostic.Error("IC2430", use.Span, "Workflows.Binding.AssigneeKeyPart", use.Name, step);
        }

        if (steps.Any(s => s.Step.Id == use.Name))
        {
            return Diagnostic.Error("IC2432", use.Span, "Workflows.Binding.AssigneeStep", use.Name, step);
        }

        var fields = tasks.SelectMany(t => t.Fields.Select(f => (Task: t, Field: f))).Where(p => p.Field.Name == use.Name).ToList();
        if (fields.FirstOrDefault(p => p.Field.Type != FieldType.Text) is { Field: { } typed })
        {
            var type = new TextArg(TypeConcept(typed.Type), typed.Type.ToString());
            return Diagnostic.Error("IC2431", use.Span, "Workflows.Binding.AssigneeFieldType", use.Name, step, type);
        }

        return fields.Count > 0 && fields.All(p => p.Task.Id == use.Step)
            ? Diagnostic.Error("IC2433", use.Span, "Workflows.Binding.AssigneeOwnField", use.Name, step)
            : null;
    }

    /// <summary>The vocabulary concept of a field type, whose word in the reader's language names it.</summary>
    private static string TypeConcept(FieldType type) => type switch
    {
        FieldType.Number => Kernel.Concepts.WfType.Number,
        FieldType.Date => Kernel.Concepts.WfType.Date,
        FieldType.YesNo => Kernel.Concepts.WfType.YesNo,
        FieldType.Choice => Kernel.Concepts.WfType.Choice,
        FieldType.Choices => Kernel.Concepts.WfType.Choices,
        _ => Kernel.Concepts.WfType.Text,
    };
}
