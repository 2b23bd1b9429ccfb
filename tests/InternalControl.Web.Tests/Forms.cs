using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Web.Tests;

/// <summary>Form values for a task's step: valid ones as a teacher would type them, and the outcome.</summary>
internal static class Forms
{
    public static List<KeyValuePair<string, string>> Valid(WorkflowTask task, DateOnly today)
    {
        var values = task.Fields.Select(f => new KeyValuePair<string, string>("field." + f.Name, f.Type switch
        {
            FieldType.Date => today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            FieldType.Number => "1",
            FieldType.YesNo => "yes",
            FieldType.Choice or FieldType.Choices => f.Options[0],
            _ => "ok",
        })).ToList();
        values.Add(new("outcome", task.Outcomes[0]));
        return values;
    }

    /// <summary>The valid form with one typed field (a date or a number) given a value of the wrong kind.</summary>
    public static (List<KeyValuePair<string, string>> Values, string Field) Wrong(WorkflowTask task, DateOnly today)
    {
        var field = task.Fields.First(f => f.Type is FieldType.Date or FieldType.Number);
        var values = Valid(task, today).Select(v => v.Key == "field." + field.Name ? new KeyValuePair<string, string>(v.Key, "31.02.x") : v).ToList();
        return (values, field.Name);
    }

    public static bool HasTypedField(WorkflowTask task) => task.Fields.Any(f => f.Type is FieldType.Date or FieldType.Number);
}
