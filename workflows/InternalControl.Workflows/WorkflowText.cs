using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows;

/// <summary>
/// The texts of a workflow's own names, as arguments for other texts (<see cref="TextArg"/>): a step, outcome, field,
/// choice, workflow or role name in the reader's language. Definitions come from policy files, so a name without a text
/// falls back to its code.
/// </summary>
public static class WorkflowText
{
    /// <summary>A step's name: <c>Workflows.Step.{workflow}.{step}</c>, else <c>Workflows.Step.{step}</c>.</summary>
    public static TextArg Step(string workflow, string step) =>
        new("Workflows.Step." + workflow + "." + step, step, "Workflows.Step." + step);

    /// <summary>An outcome's or an end's name.</summary>
    public static TextArg Outcome(string outcome) => new("Workflows.Outcome." + outcome, outcome);

    /// <summary>A form field's name.</summary>
    public static TextArg Field(string field) => new(FieldPrefix + field, field);

    /// <summary>One option of a choice field.</summary>
    public static TextArg Choice(string option) => new("Workflows.Choice." + option, option);

    /// <summary>A workflow's name.</summary>
    public static TextArg Workflow(string workflow) => new("Workflows.Workflow." + workflow, workflow);

    /// <summary>A role's name.</summary>
    public static TextArg Role(WorkflowRole role) => new(role.TextKey(), role.Code());

    /// <summary>The field a text names, if one of its arguments is a field's name (the web form shows a refusal beside it).</summary>
    public static string? FieldOf(IEnumerable<object?> args) =>
        args.OfType<TextArg>().FirstOrDefault(a => a.Key.StartsWith(FieldPrefix, StringComparison.Ordinal))?.Key[FieldPrefix.Length..];

    private const string FieldPrefix = "Workflows.Field.";
}
