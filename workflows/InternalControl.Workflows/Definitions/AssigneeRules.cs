using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;

namespace InternalControl.Workflows.Definitions;

/// <summary>
/// Whether a task's assignee variable can hold a member of staff, by what the workflow itself says its case variables are.
/// A name the workflow does not mention is a start variable (the plan's <c>responsible</c>) and is found at run time; a
/// name the workflow gives another meaning cannot: the case's pupil, subject or term (IC2430), a field that is not text
/// (IC2431), a step's count or result (IC2432), a field only the same task fills (IC2433); and a parents' task goes to
/// the parents, never to a member of staff nor to a role's holder (IC2434). A role (<c>assignee
/// methodological_council_head</c>) is no case variable: whoever holds it is on the staff, so only the last rule applies
/// to it. The same rules hold for a definition built in C#
/// (<see cref="DefinitionValidator"/>) and one written in a policy, where the binder reports them at the name.
/// </summary>
internal static class AssigneeRules
{
    /// <summary>
    /// The problem with <paramref name="task"/>'s assignee <paramref name="name"/> (a role's word when
    /// <paramref name="isRole"/>), without a place; null when there is none.
    /// </summary>
    public static Diagnostic? Problem(string workflow, TaskStep task, string name, bool isRole, IReadOnlyList<StepDefinition> steps)
    {
        var step = WorkflowText.Step(workflow, task.Id);
        if (task.Role == WorkflowRole.Parents)
        {
            return Diagnostic.ErrorOf("Workflows.Binding.AssigneeParents", name, step);
        }

        if (isRole)
        {
            return null;
        }

        if (WorkflowDefinition.KeyParts.Contains(name))
        {
            return Diagnostic.ErrorOf("Workflows.Binding.AssigneeKeyPart", name, step);
        }

        if (steps.Any(s => s.Id == name))
        {
            return Diagnostic.ErrorOf("Workflows.Binding.AssigneeStep", name, step);
        }

        var fields = steps.OfType<TaskStep>().SelectMany(t => t.Fields.Select(f => (Task: t, Field: f))).Where(p => p.Field.Name == name).ToList();
        if (fields.FirstOrDefault(p => p.Field.Type != FieldType.Text) is { Field: { } typed })
        {
            var type = new TextArg(TypeConcept(typed.Type), typed.Type.ToString());
            return Diagnostic.ErrorOf("Workflows.Binding.AssigneeFieldType", name, step, type);
        }

        return fields.Count > 0 && fields.All(p => p.Task.Id == task.Id)
            ? Diagnostic.ErrorOf("Workflows.Binding.AssigneeOwnField", name, step)
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
