using System.Globalization;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Demo;

/// <summary>
/// How the demo's sample staff answer a task: deterministic by the task's number, so every outcome a
/// definition offers (a parent who refuses included) turns up, and forms are filled as the fields ask.
/// Some tasks are left alone on purpose, so deadlines pass and escalate.
/// </summary>
internal static class StaffActor
{
    /// <summary>Whether the assignee acts on this task today (about half the open tasks a day; every 7th never).</summary>
    public static bool ActsToday(WorkflowTask task, DateOnly today) =>
        task.Id % 7 != 3 && (task.Id + today.DayNumber) % 2 == 0;

    public static string Outcome(WorkflowTask task) => task.Outcomes[(int)((task.Id * 2654435761L) % task.Outcomes.Count)];

    public static Dictionary<string, string> Fields(WorkflowTask task, DateOnly today, Language language)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in task.Fields)
        {
            values[field.Name] = field.Type switch
            {
                FieldType.Choice when field.Options.Count > 0 => field.Options[(int)((task.Id * 40503L) % field.Options.Count)],
                // Most pupils have one cause; every third task names a second one too.
                FieldType.Choices when field.Options.Count > 0 => string.Join(",", new[]
                {
                    field.Options[(int)((task.Id * 40503L) % field.Options.Count)],
                    field.Options[(int)((task.Id * 7L + 1) % field.Options.Count)],
                }.Take(task.Id % 3 == 0 ? 2 : 1).Distinct()),
                FieldType.Date => IsoDate.Text(today),
                FieldType.Number => ((task.Id % 9) + 1).ToString(CultureInfo.InvariantCulture),
                FieldType.YesNo => task.Id % 2 == 0 ? "yes" : "no",
                // 5.9: the report's "kinds of questioning used" and "form of gap elimination" read these two fields.
                _ => new Localizer(language).GetOr("Reports.Demo." + field.Name, Texts.Get("Demo.FormText", language)),
            };
        }

        return values;
    }
}
