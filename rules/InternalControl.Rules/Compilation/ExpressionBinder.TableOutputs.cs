using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Text;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Vocabularies;
using InternalControl.Rules.Model;
using InternalControl.Rules.Tables;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// Every output of a decision table (`approval(19, "Medium", true).rate`, as DMN allows) and the lists of the hit
/// policies rule_order and collect without an aggregator, which conditions and tests read with `in` and `count`
/// (`"Medium" in approvals(x)`, `count(approvals(x).rate) >= 2`).
/// </summary>
internal sealed partial class ExpressionBinder
{
    /// <summary>`table(args).output`; null when the member is not read from a table call.</summary>
    private Bound? TryBindTableOutput(MemberSyntax member)
    {
        if (member.Target is not CallSyntax call)
        {
            return null;
        }

        if (context.Tables.TryGetValue(call.Name, out var table))
        {
            var index = table.Outputs.ToList().FindIndex(o => string.Equals(o.Name, member.Field, StringComparison.Ordinal));
            if (index < 0)
            {
                var names = table.Outputs.Select(o => o.Name).ToList();
                var suggestion = Suggestions.Best(member.Field, names);
                if (suggestion is null)
                {
                    context.Error("IC1720", member.FieldSpan, "Rules.TableOutput.Unknown", call.Name, member.Field, string.Join(", ", names));
                }
                else
                {
                    context.Error("IC1720", member.FieldSpan, "Rules.TableOutput.UnknownDidYouMean", call.Name, member.Field, suggestion);
                }

                return Bound.Failure(Zero, ValueKind.Number);
            }

            return BindTableOutput(call, table, index, $".{member.Field}");
        }

        var isFunction = context.Vocabulary.ConceptOf(call.Name, "Fn") is not null;
        if (isFunction)
        {
            context.Error("IC1721", member.FieldSpan, "Rules.TableOutput.NotATable", member.Field, call.Name);
            return Bound.Failure(Zero, ValueKind.Number);
        }

        return null;
    }

    /// <summary>The value (or list) of output <paramref name="index"/> of a table called with the call's arguments.</summary>
    private Bound BindTableOutput(CallSyntax call, TableModel table, int index, string suffix, List<Bound>? bound = null)
    {
        var arguments = bound ?? call.Arguments.Select(Bind).ToList();
        var output = table.Outputs[index];
        if (!Expect(call, arguments, [.. table.InputKinds]))
        {
            return Bound.Failure(Zero, output.IsList ? ValueKind.Number : output.Kind);
        }

        if (output.Function is null)
        {
            context.Error("IC1215", call.Span, "Rules.TableNotSingle", call.Name);
            return Bound.Failure(Zero, ValueKind.Number);
        }

        var invoke = Expression.Invoke(output.Function, arguments.Select(a => a.Expression));
        var canonical = $"{call.Name}({string.Join(", ", arguments.Select(a => a.Canonical))}){suffix}";
        return output.IsList
            ? new Bound(invoke, ValueKind.List, canonical) { Element = output.Kind }
            : new Bound(invoke, output.Kind, canonical);
    }

    /// <summary>Whether an item of `in` is a table's list (`x in approvals(a)`), told from the syntax so that it binds once.</summary>
    private bool IsList(ExpressionSyntax syntax) => syntax switch
    {
        CallSyntax call => context.Tables.TryGetValue(call.Name, out var table) && table.Outputs is [{ IsList: true }, ..],
        MemberSyntax { Target: CallSyntax call } => context.Tables.TryGetValue(call.Name, out var table) && table.Outputs is [{ IsList: true }, ..],
        _ => false,
    };

    /// <summary>`x in list` and `x not in list`: whether the list holds x.</summary>
    private Bound BindInList(InSyntax @in, ExpressionSyntax listSyntax)
    {
        var operand = Bind(@in.Operand);
        var list = Bind(listSyntax);
        if (list.Kind != ValueKind.List)
        {
            return Mismatch(listSyntax, new ConceptName(Kw.In), operand.Kind, list.Kind);
        }

        operand = AsTextIfEntity(operand, new Bound(Zero, list.Element, ""));
        if (operand.Kind != list.Element)
        {
            context.Error("IC1722", listSyntax.Span, "Rules.List.Elements", listSyntax is CallSyntax c ? c.Name : ((CallSyntax)((MemberSyntax)listSyntax).Target).Name, KindName(list.Element), KindName(operand.Kind));
            return Bound.Failure(Expression.Constant(false), ValueKind.Bool);
        }

        var elementType = list.Expression.Type.GetElementType()!;
        var indexOf = typeof(Array).GetMethods().Single(m => m.Name == nameof(Array.IndexOf) && m.IsGenericMethod && m.GetParameters().Length == 2).MakeGenericMethod(elementType);
        Expression body = Expression.GreaterThanOrEqual(Expression.Call(indexOf, list.Expression, operand.Expression), Expression.Constant(0));
        if (@in.Negated)
        {
            body = Expression.Not(body);
        }

        return new Bound(body, ValueKind.Bool, $"({operand.Canonical} {(@in.Negated ? "Kw.Not " : "")}Kw.In {list.Canonical})");
    }

    /// <summary>The call of a list table among the operands of <paramref name="at"/>, if any.</summary>
    private CallSyntax? ListCall(ExpressionSyntax at) => at switch
    {
        CallSyntax call when IsList(call) => call,
        MemberSyntax { Target: CallSyntax call } when IsList(call) => call,
        BinarySyntax binary => ListCall(binary.Left) ?? ListCall(binary.Right),
        UnarySyntax unary => ListCall(unary.Operand),
        InSyntax @in => ListCall(@in.Operand) ?? @in.Items.Select(ListCall).FirstOrDefault(c => c is not null),
        _ => null,
    };

    /// <summary>A list where one value is expected (`flags(3) = "low"`): IC1723 names the table and says how a list is read.</summary>
    private Bound ListNotHere(CallSyntax call)
    {
        var table = context.Tables[call.Name];
        context.Error("IC1723", call.Span, "Rules.List.NotHere", call.Name, new PolicyLanguage.Vocabularies.ConceptName(table.Table.HitPolicy));
        return Bound.Failure(Expression.Constant(false), ValueKind.Bool);
    }

    /// <summary>`count(approvals(a))`: how many rows of the table matched.</summary>
    private Bound BindListCount(ListCountSyntax count)
    {
        var list = Bind(count.List);
        if (list.Kind != ValueKind.List)
        {
            context.Error("IC1203", count.List.Span, "Rules.Expects", new ConceptName(Kw.Count), KindName(ValueKind.List), KindName(list.Kind));
            return Bound.Failure(Zero, ValueKind.Number);
        }

        return new Bound(Expression.Convert(Expression.ArrayLength(list.Expression), typeof(double)), ValueKind.Number, $"Kw.Count({list.Canonical})");
    }
}
