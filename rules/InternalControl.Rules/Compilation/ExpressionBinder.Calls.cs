using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Text;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Compilation;

/// <summary>Calls: built-in functions (school days, round), decision tables, and derived facts (`at_risk(p, s)`).</summary>
internal sealed partial class ExpressionBinder
{
    private Bound BindCall(CallSyntax call)
    {
        // weighted_mean's parts divide points by maximum points, and a part without marks (0 / 0) is no value that
        // drops out with its weight (seed 001 R33): there a division by 0 is not a fault.
        var weighted = context.Vocabulary.ConceptOf(call.Name, "Fn") == Fn.WeightedMean;
        context.DivisionMeansNoValue += weighted ? 1 : 0;
        var arguments = call.Arguments.Select(Bind).ToList();
        context.DivisionMeansNoValue -= weighted ? 1 : 0;
        var canonicalArgs = string.Join(", ", arguments.Select(a => a.Canonical));
        switch (context.Vocabulary.ConceptOf(call.Name, "Fn"))
        {
            case Fn.SchoolDays when Expect(call, arguments, ValueKind.Date, ValueKind.Date):
                return new Bound(Expression.Call(Ctx, nameof(EvalContext.SchoolDays), null, arguments[0].Expression, arguments[1].Expression), ValueKind.Number, $"Fn.SchoolDays({canonicalArgs})");
            case Fn.AddSchoolDays when Expect(call, arguments, ValueKind.Date, ValueKind.Number):
                return new Bound(Expression.Call(Ctx, nameof(EvalContext.AddSchoolDays), null, arguments[0].Expression, arguments[1].Expression), ValueKind.Date, $"Fn.AddSchoolDays({canonicalArgs})");
            case Fn.Days when Expect(call, arguments, ValueKind.Date, ValueKind.Date):
                return new Bound(Expression.Convert(Expression.Subtract(arguments[1].Expression, arguments[0].Expression), typeof(double)), ValueKind.Number, $"Fn.Days({canonicalArgs})");
            // The 5-point mark of a mean: half up (3.5 -> 4), as the report's projection rounds (no regulation text).
            case Fn.Round when Expect(call, arguments, ValueKind.Number):
                return new Bound(Expression.Call(typeof(Math), nameof(Math.Round), null, arguments[0].Expression, Expression.Constant(MidpointRounding.AwayFromZero)), ValueKind.Number, $"Fn.Round({canonicalArgs})");
            // A quarter mark of parts with weights (seed 001 R33): a part without marks (no СОЧ yet) drops out with its weight.
            case Fn.WeightedMean when ExpectPairs(call, arguments):
                return new Bound(
                    Expression.Call(typeof(Numbers), nameof(Numbers.WeightedMean), null, Expression.NewArrayInit(typeof(double), arguments.Select(a => a.Expression))),
                    ValueKind.Number,
                    $"Fn.WeightedMean({canonicalArgs})");
            case Fn.SchoolDays or Fn.AddSchoolDays or Fn.Days or Fn.Round or Fn.WeightedMean:
                return Bound.Failure(Zero, ValueKind.Number);
        }

        if (context.Tables.TryGetValue(call.Name, out var table))
        {
            return BindTableCall(call, table, arguments, canonicalArgs);
        }

        if (context.Facts.TryGetValue(call.Name, out var fact))
        {
            return BindFact(call, fact, arguments, canonicalArgs);
        }

        var candidates = context.Tables.Keys.Concat(context.Facts.Keys).ToList();
        var suggestion = Suggestions.Best(call.Name, candidates) ?? context.Vocabulary.Suggest(call.Name, ["Fn"]).FirstOrDefault();
        if (suggestion is null)
        {
            context.Error("IC1207", call.Span, "Rules.UnknownFunction", call.Name);
        }
        else
        {
            context.Error("IC1207", call.Span, "Rules.UnknownFunctionDidYouMean", call.Name, suggestion);
        }

        return Bound.Failure(Zero, ValueKind.Number);
    }

    private Bound BindTableCall(CallSyntax call, Tables.TableModel table, List<Bound> arguments, string canonicalArgs)
    {
        if (table.Outputs is [{ IsList: true }, ..])
        {
            return BindTableOutput(call, table, 0, "", arguments);
        }

        if (table.Function is null)
        {
            context.Error("IC1215", call.Span, "Rules.TableNotSingle", call.Name);
            return Bound.Failure(Zero, ValueKind.Number);
        }

        if (!Expect(call, arguments, [.. table.InputKinds]))
        {
            return Bound.Failure(Zero, table.OutputKind);
        }

        var invoke = Expression.Invoke(table.Function, arguments.Select(a => a.Expression));
        return new Bound(invoke, table.OutputKind, $"{call.Name}({canonicalArgs})");
    }

    private Bound BindFact(CallSyntax call, int fact, List<Bound> arguments, string canonicalArgs)
    {
        context.FactsRead.Add(fact);
        var okay = arguments.Count is 1 or 2 && arguments[0].Kind == ValueKind.Pupil && (arguments.Count == 1 || arguments[1].Kind == ValueKind.Subject);
        if (!okay)
        {
            context.Error("IC1211", call.Span, "Rules.FactArguments", call.Name);
            return Bound.Failure(Expression.Constant(false), ValueKind.Bool);
        }

        var subject = arguments.Count == 2 ? arguments[1].Expression : Expression.Constant(-1);
        var exists = Expression.Call(Ctx, nameof(EvalContext.FactExists), null, Expression.Constant(fact), subject);
        return new Bound(exists, ValueKind.Bool, $"{call.Name}({canonicalArgs})");
    }

    /// <summary>The value of a derived fact: `at_risk(p).value`.</summary>
    internal Expression FactValue(Bound exists)
    {
        var call = (MethodCallExpression)exists.Expression;
        return Expression.Call(Ctx, nameof(EvalContext.FactValue), null, call.Arguments[0], call.Arguments[1]);
    }

    /// <summary>Pairs of numbers (value, weight), at least one; an odd count or none is IC1208, said as pairs.</summary>
    private bool ExpectPairs(CallSyntax call, List<Bound> arguments)
    {
        if (arguments.Count < 2 || arguments.Count % 2 != 0)
        {
            context.Error("IC1208", call.Span, "Rules.ArgumentPairs", call.Name, arguments.Count);
            return false;
        }

        return Expect(call, arguments, [.. arguments.Select(_ => ValueKind.Number)]);
    }

    private bool Expect(CallSyntax call, List<Bound> arguments, params ValueKind[] kinds)
    {
        if (arguments.Count != kinds.Length)
        {
            context.Error("IC1208", call.Span, "Rules.ArgumentCount", call.Name, kinds.Length);
            return false;
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            if (arguments[i].Failed)
            {
                return false;
            }

            if (arguments[i].Kind != kinds[i])
            {
                context.Error("IC1203", call.Arguments[i].Span, "Rules.Expects", call.Name, KindName(kinds[i]), KindName(arguments[i].Kind));
                return false;
            }
        }

        return true;
    }
}
