using InternalControl.Kernel.Diagnostics;
using System.Globalization;
using InternalControl.Kernel.Text;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Tasks;

/// <summary>
/// Checks a completion against the task's definition: a known outcome, known fields, required fields
/// present, each value of its field's type. Values come back normalised (numbers invariant, dates ISO,
/// yes/no as yes or no), so that decisions compare like with like. A number field holds a count (of absences, of
/// lessons): a whole number, 0 or more. A date field records a day that has happened (a parent was informed, a
/// document was issued): from a year before <c>today</c> to today. A text field holds no control characters other than
/// line breaks and at most <see cref="TextLimits.Note"/> characters, in NFC.
/// </summary>
internal static class FormValidator
{
    private static readonly string[] Yes = ["yes", "true", "да", "ооба", "иә", "1"];
    private static readonly string[] No = ["no", "false", "нет", "жок", "жоқ", "0"];

    public static Diagnostic? Validate(
        TaskStep step,
        string workflow,
        string outcome,
        IReadOnlyDictionary<string, string> fields,
        DateOnly today,
        out Dictionary<string, string> normalized)
    {
        normalized = [];
        var title = WorkflowText.Step(workflow, step.Id);
        if (step.Outcome(outcome) is null)
        {
            return Diagnostic.ErrorOf("Workflows.Error.UnknownOutcome", outcome, title, string.Join(", ", step.Outcomes.Select(o => o.Name)));
        }

        foreach (var (name, raw) in fields)
        {
            var field = step.Field(name);
            if (field is null)
            {
                return Diagnostic.ErrorOf("Workflows.Error.UnknownField", name, title, string.Join(", ", step.Fields.Select(f => f.Name)));
            }

            var value = raw.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            var error = Normalize(field, value, today, out var normal);
            if (error is not null)
            {
                return error;
            }

            normalized[name] = normal;
        }

        var given = normalized;
        var missing = step.Fields.FirstOrDefault(f => f.Required && !given.ContainsKey(f.Name));
        return missing is null ? null : Diagnostic.ErrorOf("Workflows.Error.MissingField", WorkflowText.Field(missing.Name), title);
    }

    private static Diagnostic? Normalize(FieldDefinition field, string value, DateOnly today, out string normal)
    {
        normal = value;
        switch (field.Type)
        {
            case FieldType.Number:
                if (!decimal.TryParse(value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    return Diagnostic.ErrorOf("Workflows.Error.BadNumber", WorkflowText.Field(field.Name), value);
                }

                if (number < 0 || number != decimal.Truncate(number))
                {
                    return Diagnostic.ErrorOf("Workflows.Error.NotACount", WorkflowText.Field(field.Name), value);
                }

                normal = decimal.Truncate(number).ToString(CultureInfo.InvariantCulture);
                return null;
            case FieldType.Date:
                if (!IsoDate.TryParse(value, out var date))
                {
                    return Diagnostic.ErrorOf("Workflows.Error.BadDate", WorkflowText.Field(field.Name), value);
                }

                var earliest = today.AddYears(-1);
                if (date < earliest || date > today)
                {
                    return Diagnostic.ErrorOf("Workflows.Error.DateOutOfRange", WorkflowText.Field(field.Name), IsoDate.Text(date), IsoDate.Text(earliest), IsoDate.Text(today));
                }

                normal = IsoDate.Text(date);
                return null;
            case FieldType.Text:
                var text = TextCheck.Check(value.Replace("\r\n", "\n", StringComparison.Ordinal), id: false, TextLimits.Note, out var problem, lines: true);
                if (text is null)
                {
                    var key = problem.Key == "Text.TooLong" ? "Workflows.Error.TextTooLong" : "Workflows.Error.TextControl";
                    return Diagnostic.ErrorOf(key, WorkflowText.Field(field.Name), problem.Args[0], problem.Args[1]);
                }

                normal = text;
                return null;
            case FieldType.YesNo:
                var lower = value.ToLowerInvariant();
                normal = Yes.Contains(lower) ? "yes" : No.Contains(lower) ? "no" : "";
                return normal.Length > 0 ? null : Diagnostic.ErrorOf("Workflows.Error.BadYesNo", WorkflowText.Field(field.Name), value);
            case FieldType.Choice:
                return field.Options.Contains(value)
                    ? null
                    : Diagnostic.ErrorOf("Workflows.Error.BadChoice", WorkflowText.Field(field.Name), value, string.Join(", ", field.Options));
            case FieldType.Choices:
                // Several options at once (6.1: more than one cause), comma-separated; kept in the options' order.
                var chosen = value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var wrong = chosen.Length == 0 ? value : chosen.FirstOrDefault(c => !field.Options.Contains(c));
                if (wrong is not null)
                {
                    return Diagnostic.ErrorOf("Workflows.Error.BadChoice", WorkflowText.Field(field.Name), wrong, string.Join(", ", field.Options));
                }

                normal = string.Join(",", field.Options.Where(chosen.Contains));
                return null;
            default:
                return null;
        }
    }
}
