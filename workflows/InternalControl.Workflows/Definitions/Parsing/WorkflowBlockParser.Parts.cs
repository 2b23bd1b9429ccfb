using System.Globalization;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Text;
using InternalControl.PolicyLanguage.Parsing;
using InternalControl.PolicyLanguage.Tokens;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>Tasks, decisions, and the small pieces: names, roles, arrows, lists, numbers of school days.</summary>
public sealed partial class WorkflowBlockParser
{
    private static TaskStep ParseTask(TokenCursor cursor, string id, List<ParameterUse> uses, List<AssigneeUse> assignees)
    {
        cursor.Next();
        var role = Role(cursor);
        var fields = new List<FieldDefinition>();
        var outcomes = new List<OutcomeDefinition>();
        TaskDeadline? deadline = null;
        string? register = null;
        string? report = null;
        string? assignee = null;
        WorkflowRole? assigneeRole = null;
        var asks = false;
        while (true)
        {
            if (cursor.TryKeyword(Kw.Assignee))
            {
                var token = cursor.Current;
                var name = Name(cursor);
                // A role's word (in any language) names whose task it is when the school has someone in that role
                // (the methodological council's head); any other name is a case variable holding a member of staff.
                if (StaffRoleOf(cursor, name) is { } byRole)
                {
                    assigneeRole = byRole;
                    assignees.Add(new AssigneeUse(name, token.Span, id) { Role = byRole });
                }
                else
                {
                    assignee = KeyPart(cursor, name);
                    assignees.Add(new AssigneeUse(assignee, token.Span, id));
                }
            }
            else if (cursor.TryKeyword(Kw.Ask))
            {
                asks = true;
            }
            else if (cursor.TryKeyword(Kw.Register))
            {
                register = Name(cursor);
            }
            else if (cursor.TryKeyword(Kw.Report))
            {
                report = PlacedTag(cursor, ReportTag.OfSteps, "Workflows.Syntax.ReportTagNotOfStep");
            }
            else if (cursor.TryKeyword(Kw.Field))
            {
                fields.Add(ParseField(cursor));
            }
            else if (cursor.TryKeyword(Kw.Outcome))
            {
                var name = Name(cursor);
                var outcome = new OutcomeDefinition(name, Arrow(cursor));
                var guards = new List<Condition>();
                if (cursor.TryKeyword(Kw.When))
                {
                    do
                    {
                        guards.Add(ParseCondition(cursor, new ParameterSite(uses, id, ParameterSlot.Outcome, outcomes.Count, guards.Count)));
                    }
                    while (cursor.TryKeyword(Kw.And));
                }

                outcomes.Add(outcome with { When = guards });
            }
            else if (cursor.TryKeyword(Kw.Due))
            {
                deadline = ParseDeadline(cursor, id, uses);
            }
            else
            {
                return new TaskStep(id, role, fields, outcomes, deadline, register) { Report = report, Assignee = assignee, AssigneeRole = assigneeRole, Asks = asks };
            }
        }
    }

    private static FieldDefinition ParseField(TokenCursor cursor)
    {
        var name = Name(cursor);
        var typeToken = cursor.Current;
        var typeName = Name(cursor);
        var concept = cursor.Vocabulary.ConceptOf(typeName, "WfType") ?? "WfType." + typeName;
        FieldType? type = concept switch
        {
            WfType.Text or "WfType.text" => FieldType.Text,
            WfType.Number or "WfType.number" => FieldType.Number,
            WfType.Date or "WfType.date" => FieldType.Date,
            WfType.YesNo or "WfType.yes_no" => FieldType.YesNo,
            WfType.Choice or "WfType.choice" => FieldType.Choice,
            WfType.Choices or "WfType.choices" => FieldType.Choices,
            _ => null,
        };
        if (type is null)
        {
            cursor.Report("IC2103", typeToken.Span, "Workflows.Syntax.UnknownFieldType", typeToken.Text);
        }

        IReadOnlyList<string> options = type is FieldType.Choice or FieldType.Choices ? List(cursor) : [];
        var required = cursor.TryKeyword(Kw.Required);
        // `report TAG` after a field tags the field when TAG is a field's tag; any other tag is the step's clause.
        string? report = null;
        if (cursor.IsKeyword(Kw.Report) && cursor.Peek(1).Kind is TokenKind.Identifier or TokenKind.Keyword && ReportTag.OfFields.Contains(cursor.Peek(1).Text))
        {
            cursor.Next();
            report = Tag(cursor);
        }

        return new FieldDefinition(name, type ?? FieldType.Text, required, options) { Report = report };
    }

    private static TaskDeadline ParseDeadline(TokenCursor cursor, string id, List<ParameterUse> uses)
    {
        var due = Days(cursor, new ParameterSite(uses, id, ParameterSlot.Due));
        int? remind = null;
        int? escalate = null;
        WorkflowRole? to = null;
        string? step = null;
        if (cursor.TryKeyword(Kw.Remind))
        {
            remind = Days(cursor, new ParameterSite(uses, id, ParameterSlot.Remind));
        }

        if (cursor.TryKeyword(Kw.Escalate))
        {
            escalate = Days(cursor, new ParameterSite(uses, id, ParameterSlot.Escalate));
            // "-> step": the escalation opens a task of its own; "to role": it hands the task over.
            if (cursor.IsSymbol("->"))
            {
                step = Arrow(cursor);
            }
            else
            {
                cursor.ExpectKeyword(Kw.To);
                to = Role(cursor);
            }
        }

        return new TaskDeadline(due, remind, escalate, to) { EscalateStep = step };
    }

    private static DecideStep ParseDecide(TokenCursor cursor, string id, List<ParameterUse> uses, List<TableUse> tables)
    {
        cursor.Next();
        string? table = null;
        var tableToken = cursor.Current;
        if (cursor.TryKeyword(Kw.Table))
        {
            tableToken = cursor.Current;
            table = tableToken.Kind == TokenKind.String ? cursor.Next().Value : Name(cursor);
        }

        var rows = new List<DecisionRow>();
        while (cursor.TryKeyword(Kw.When))
        {
            var conditions = new List<Condition>();
            do
            {
                conditions.Add(ParseCondition(cursor, new ParameterSite(uses, id, ParameterSlot.Condition, rows.Count, conditions.Count)));
            }
            while (cursor.TryKeyword(Kw.And));
            rows.Add(new DecisionRow(conditions, Arrow(cursor)));
        }

        // A table and no rows of its own: the rows are the rules' table's, put in by the binder.
        if (table is not null && rows.Count == 0)
        {
            tables.Add(new TableUse(table, tableToken.Span, id));
        }

        cursor.ExpectKeyword(Kw.Otherwise);
        return new DecideStep(id, rows, Arrow(cursor), table);
    }

    private static Condition ParseCondition(TokenCursor cursor, ParameterSite site)
    {
        var variable = Name(cursor);
        if (cursor.TryKeyword(Kw.Not))
        {
            cursor.ExpectKeyword(Kw.In);
            return new Condition(variable, ConditionOperator.NotIn, Values(cursor));
        }

        if (cursor.TryKeyword(Kw.In))
        {
            return new Condition(variable, ConditionOperator.In, Values(cursor));
        }

        var op = cursor.Current;
        ConditionOperator? kind = op.Kind != TokenKind.Symbol ? null : op.Text switch
        {
            "=" => ConditionOperator.In,
            "!=" or "<>" => ConditionOperator.NotIn,
            "<=" => ConditionOperator.AtMost,
            ">=" => ConditionOperator.AtLeast,
            "<" => ConditionOperator.Less,
            ">" => ConditionOperator.Greater,
            _ => null,
        };
        if (kind is null)
        {
            cursor.Report("IC2104", op.Span, "Workflows.Syntax.Condition");
            return new Condition(variable, ConditionOperator.In, []);
        }

        cursor.Next();
        // A name where a number is compared with is a policy parameter (6.2's "several", "systematic"); after = and !=
        // a name is a value as written (a choice option).
        if (kind is not (ConditionOperator.In or ConditionOperator.NotIn) && cursor.Current.Kind is TokenKind.Identifier or TokenKind.Keyword)
        {
            var token = cursor.Current;
            return new Condition(variable, kind.Value, [site.Use(token.Span, Name(cursor))]);
        }

        return new Condition(variable, kind.Value, [Value(cursor)]);
    }

    /// <summary><c>-> step</c> or <c>-> join</c>.</summary>
    private static string Arrow(TokenCursor cursor)
    {
        cursor.ExpectSymbol("->");
        return cursor.TryKeyword(Kw.Join) ? WorkflowDefinition.Join : Name(cursor);
    }

    /// <summary>
    /// The list of an <c>in</c> or <c>not in</c> condition. An empty one is IC2104 at its '[': "in []" never holds and
    /// "not in []" always does, so the row or outcome would be dead or unconditional without a word said.
    /// </summary>
    private static List<string> Values(TokenCursor cursor)
    {
        var open = cursor.Current;
        var values = List(cursor);
        if (values.Count == 0 && open.IsSymbol("["))
        {
            cursor.Report("IC2104", open.Span, "Workflows.Syntax.Condition");
        }

        return values;
    }

    /// <summary><c>[a, b, c]</c>.</summary>
    private static List<string> List(TokenCursor cursor)
    {
        var items = new List<string>();
        cursor.ExpectSymbol("[");
        if (!cursor.IsSymbol("]"))
        {
            do
            {
                items.Add(Value(cursor));
            }
            while (cursor.TrySymbol(","));
        }

        cursor.ExpectSymbol("]");
        return items;
    }

    /// <summary>
    /// A number of days, or a policy parameter's name, with the optional unit word (school days are the only unit).
    /// A parameter reads as 0 until the binder puts its value in.
    /// </summary>
    private static int Days(TokenCursor cursor, ParameterSite site)
    {
        var days = 0;
        if (cursor.Current.Kind == TokenKind.Identifier && !IsUnit(cursor))
        {
            var token = cursor.Next();
            site.Use(token.Span, token.Text);
        }
        else
        {
            days = Int(cursor.ExpectNumber());
        }

        if (cursor.Current.Kind == TokenKind.Identifier && IsUnit(cursor))
        {
            cursor.Next();
        }

        return days;
    }

    /// <summary>
    /// The school-days unit. After a parameter's name, translate cannot tell the unit from the rules' function
    /// school_days (it writes the unit only after a number), so the function's word is read as the unit too.
    /// </summary>
    private static bool IsUnit(TokenCursor cursor) =>
        cursor.Vocabulary.ConceptOf(cursor.Current.Text, "WfUnit") is not null
        || cursor.Vocabulary.ConceptOf(cursor.Current.Text, "Fn") == Fn.SchoolDays;

    private static WorkflowRole Role(TokenCursor cursor)
    {
        var token = cursor.Current;
        if (RoleOf(cursor, Name(cursor)) is { } role)
        {
            return role;
        }

        cursor.Report("IC2102", token.Span, "Workflows.Syntax.UnknownRole", token.Text);
        return WorkflowRole.DeputyDirector;
    }

    /// <summary>The role a word names (any language's word for it, or its code), or null.</summary>
    private static WorkflowRole? RoleOf(TokenCursor cursor, string name) =>
        cursor.Vocabulary.ConceptOf(name, "WfRole") is { } concept && Enum.TryParse<WorkflowRole>(concept["WfRole.".Length..], out var byWord) ? byWord
            : WorkflowRoles.TryParse(name, out var byCode) ? byCode
            : null;

    /// <summary>The staff role a word names, or null; the parents are no member of staff.</summary>
    private static WorkflowRole? StaffRoleOf(TokenCursor cursor, string name) =>
        RoleOf(cursor, name) is { } role && role != WorkflowRole.Parents ? role : null;

    /// <summary>A key part, written in any language's word for pupil, subject or term, or any other name.</summary>
    private static string KeyPart(TokenCursor cursor, string name) =>
        cursor.Vocabulary.ConceptsOf(name) switch
        {
            var c when c.Contains(TypeId.Pupil) || c.Contains(FieldId.Pupil) => "pupil",
            var c when c.Contains(TypeId.Subject) || c.Contains(FieldId.Subject) => "subject",
            var c when c.Contains(FieldId.Term) => "term",
            _ => name,
        };

    /// <summary>A value in a list or a comparison: a name, a number (a minus and a number for a negative one) or a string.</summary>
    private static string Value(TokenCursor cursor)
    {
        if (cursor.IsSymbol("-") && cursor.Peek(1).Kind == TokenKind.Number)
        {
            // `when balance > -1`, and a decision table's `-2` in a decide step's stored text.
            cursor.Next();
            return "-" + cursor.Next().Value;
        }

        return cursor.Current.Kind is TokenKind.Number or TokenKind.String or TokenKind.Date ? cursor.Next().Value : Name(cursor);
    }

    /// <summary>
    /// A name: an identifier, or a keyword where only a name can stand (a field may well be called
    /// "decision", which is also a keyword of the rules). A value written where a name stands (a number, a text, a date)
    /// is IC2105 and is passed over, so the rest of the line reads as written and the one mistake is one error; a
    /// symbol or the line's end stays for what comes next to read.
    /// </summary>
    private static string Name(TokenCursor cursor)
    {
        var token = cursor.Current;
        if (token.Kind is TokenKind.Identifier or TokenKind.Keyword)
        {
            return cursor.Next().Text;
        }

        cursor.Report("IC2105", token.Span, "Workflows.Syntax.Name", token.Text);
        if (token.Kind is TokenKind.Number or TokenKind.String or TokenKind.Date)
        {
            cursor.Next();
        }

        return "";
    }

    /// <summary>
    /// A report tag (<see cref="ReportTag"/>); another name is IC2106 with the nearest tag, or with every tag when none
    /// is near. A value where the tag stands is IC2105 alone; "step" or "end" (the tag left out at the line's end) is
    /// IC2106 and stays for the block to read, so the next step still parses.
    /// </summary>
    private static string? Tag(TokenCursor cursor)
    {
        var token = cursor.Current;
        if (token.IsKeyword(Kw.Step) || token.IsKeyword(Kw.End))
        {
            cursor.Report("IC2106", token.Span, "Workflows.Syntax.ReportTag", token.Text, string.Join(", ", ReportTag.All));
            return null;
        }

        var tag = Name(cursor);
        if (ReportTag.All.Contains(tag))
        {
            return tag;
        }

        if (tag.Length == 0)
        {
            return null;
        }

        if (Suggestions.Best(tag, ReportTag.All) is { } suggestion)
        {
            cursor.Report("IC2106", token.Span, "Workflows.Syntax.ReportTagDidYouMean", tag, suggestion);
        }
        else
        {
            cursor.Report("IC2106", token.Span, "Workflows.Syntax.ReportTag", tag, string.Join(", ", ReportTag.All));
        }

        return null;
    }

    /// <summary>
    /// A report tag where a workflow's or a step's tag stands (<paramref name="place"/>: the tags that tag it). A field's
    /// tag there has no field right before it (IC2108); any other tag that does not tag the place is IC2109 with
    /// <paramref name="notHere"/> and the place's tags. Either is dropped: a tag that tags nothing is never silent.
    /// </summary>
    private static string? PlacedTag(TokenCursor cursor, IReadOnlyList<string> place, string notHere)
    {
        var token = cursor.Current;
        var tag = Tag(cursor);
        if (tag is null || place.Contains(tag))
        {
            return tag;
        }

        if (ReportTag.OfFields.Contains(tag))
        {
            cursor.Report("IC2108", token.Span, "Workflows.Syntax.FieldTagWithoutField", tag);
        }
        else
        {
            cursor.Report("IC2109", token.Span, notHere, tag, string.Join(", ", place));
        }

        return null;
    }

    private static int Int(Token token) =>
        int.TryParse(token.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
