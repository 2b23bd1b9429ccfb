using System.Globalization;

namespace InternalControl.Workflows.Definitions;

/// <summary>A test of one case variable (a form field or a key part) against values.</summary>
public sealed record Condition(string Variable, ConditionOperator Operator, IReadOnlyList<string> Values)
{
    /// <summary>True when the variables satisfy the condition; an unset variable satisfies nothing.</summary>
    public bool Holds(IReadOnlyDictionary<string, string> variables)
    {
        if (!variables.TryGetValue(Variable, out var value))
        {
            return false;
        }

        return Operator switch
        {
            // A field of several choices holds "a,b": it is in a list when one of its choices is.
            ConditionOperator.In => Values.Contains(value) || Choices(value).Any(Values.Contains),
            ConditionOperator.NotIn => !Values.Contains(value) && !Choices(value).Any(Values.Contains),
            ConditionOperator.AtLeast => Compare(value) is >= 0,
            ConditionOperator.AtMost => Compare(value) is <= 0,
            ConditionOperator.Less => Compare(value) is < 0,
            ConditionOperator.Greater => Compare(value) is > 0,
            _ => false,
        };
    }

    private static string[] Choices(string value) => value.Contains(',', StringComparison.Ordinal) ? value.Split(',') : [];

    private int? Compare(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var left)
        && Values.Count == 1
        && decimal.TryParse(Values[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var right)
            ? left.CompareTo(right)
            : null;
}
