using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows;

/// <summary>
/// An argument that is itself a text: a role, step, outcome or field name, rendered in the reader's
/// language. Definitions come from policy files, so a name without a text falls back to its code.
/// </summary>
public sealed record TextRef(string Key, string Fallback, string? SecondKey = null)
{
    public string Render(Language language)
    {
        return TextCache.Template(Key, language)
            ?? (SecondKey is null ? null : TextCache.Template(SecondKey, language))
            ?? Fallback;
    }

    /// <summary>A step's name: <c>Workflows.Step.{workflow}.{step}</c>, else <c>Workflows.Step.{step}</c>.</summary>
    public static TextRef Step(string workflow, string step) =>
        new("Workflows.Step." + workflow + "." + step, step, "Workflows.Step." + step);

    public static TextRef Outcome(string outcome) => new("Workflows.Outcome." + outcome, outcome);

    public static TextRef Field(string field) => new("Workflows.Field." + field, field);

    public static TextRef Choice(string option) => new("Workflows.Choice." + option, option);

    public static TextRef Workflow(string workflow) => new("Workflows.Workflow." + workflow, workflow);

    public static TextRef Role(WorkflowRole role) => new(role.TextKey(), role.Code());
}
