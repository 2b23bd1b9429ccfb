using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Workflows.Journal;

/// <summary>
/// Renders journal entries as lines a school inspector reads: date, who, what, in the reader's
/// language (<c>Workflows.Journal.{Kind}</c>). Codes (roles, outcomes, fields) become their names, and the rule that
/// started a case its title in the reader's language (<paramref name="starterName"/>).
/// </summary>
internal sealed class JournalRenderer(RoleResolver people, string workflow, Func<string, Language, string>? starterName = null)
{
    public string Render(JournalEntry entry, Language language)
    {
        var who = Who(entry.Actor, language);
        var step = entry.Step is null ? "" : WorkflowText.Step(workflow, entry.Step).Render(language);
        // 10.2: an escalation that opened a task of its own names that task; the late one stays with its owner.
        var beside = entry.Kind == JournalKind.Escalated && entry.Data.GetValueOrDefault("step") is { } own ? own : null;
        var detail = beside is null ? Detail(entry, language) : WorkflowText.Step(workflow, beside).Render(language);
        var text = Texts.Get("Workflows.Journal." + (beside is null ? entry.Kind.ToString() : "EscalatedBeside"), language, step, detail, Who(entry.Data.GetValueOrDefault("to") ?? entry.Data.GetValueOrDefault("value"), language));
        var fields = Fields(entry, language);
        var date = entry.At.ToString("g", language.Culture());
        return Texts.Get("Workflows.Journal.Line", language, date, who, text + fields);
    }

    private string Detail(JournalEntry entry, Language language) => entry.Kind switch
    {
        JournalKind.TaskCompleted => WorkflowText.Outcome(entry.Detail ?? "").Render(language),
        // A case's result is named like the outcome that led to it ("improved", "commission"): one text for both.
        JournalKind.Ended => WorkflowText.Outcome(entry.Detail ?? "").Render(language),
        JournalKind.TaskCreated or JournalKind.Escalated or JournalKind.AssigneeRoleVacant =>
            WorkflowRoles.TryParse(entry.Detail, out var role) ? WorkflowText.Role(role.Value).Render(language) : entry.Detail ?? "",
        JournalKind.Decided => entry.Detail is null ? "" : WorkflowText.Step(workflow, entry.Detail).Render(language),
        JournalKind.Waiting or JournalKind.Reminded or JournalKind.DeadlineMissed =>
            entry.Detail is null ? "" : IsoDate.Parse(entry.Detail).ToString("d", language.Culture()),
        JournalKind.SubStarted => WorkflowText.Workflow(entry.Detail ?? "").Render(language),
        JournalKind.Claimed => Who(entry.Detail, language),
        JournalKind.Started => Who(entry.Detail, language),
        JournalKind.NoRecipient => string.Join(", ", (entry.Detail ?? "").Split(',').Select(c =>
            WorkflowRoles.TryParse(c, out var r) ? WorkflowText.Role(r.Value).Render(language) : c)),
        _ => entry.Detail ?? "",
    };

    private static string Fields(JournalEntry entry, Language language)
    {
        if (entry.Kind != JournalKind.TaskCompleted || entry.Data.Count == 0)
        {
            return "";
        }

        var pairs = entry.Data.Select(kv => WorkflowText.Field(kv.Key).Render(language) + ": " + Choices(kv.Value ?? "", language));
        return " (" + string.Join("; ", pairs) + ")";
    }

    /// <summary>A value rendered as a choice: each of several choices ("a,b") by its name, the rest as written.</summary>
    private static string Choices(string value, Language language) =>
        value.Any(char.IsWhiteSpace)
            ? WorkflowText.Choice(value).Render(language)
            : string.Join(", ", value.Split(',').Select(v => WorkflowText.Choice(v).Render(language)));

    private string Who(string? id, Language language)
    {
        if (id is null)
        {
            return "";
        }

        if (id == "system")
        {
            return Texts.Get("Workflows.Actor.System", language);
        }

        // An operating system account (`ic` run without --as) is named as such, never as a member of staff.
        if (id.StartsWith("os:", StringComparison.Ordinal))
        {
            return Texts.Get("Workflows.Actor.OsUser", language, id[3..]);
        }

        // Whoever is not a person started the case: a rule, named by its title, or the school's plan.
        return people.Staff(id)?.FullName ?? people.Parent(id)?.FullName ?? starterName?.Invoke(id, language) ?? id;
    }
}
