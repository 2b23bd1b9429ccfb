using System.Globalization;
using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Text;
using InternalControl.Kernel.Time;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Vocabularies;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// Type-checks an expression of the policy language and turns it into a LINQ expression over
/// <see cref="EvalContext"/>. Errors are reported to the context; a failed sub-expression binds to a
/// harmless constant so that binding goes on and finds the next error.
/// </summary>
internal sealed partial class ExpressionBinder(BindContext context, Dictionary<string, Variable> variables)
{
    private static readonly Expression Zero = Expression.Constant(0d);

    private ParameterExpression Ctx => context.Ctx;

    /// <summary>A binder that also sees <paramref name="more"/> variables.</summary>
    public ExpressionBinder With(Dictionary<string, Variable> more)
    {
        var all = new Dictionary<string, Variable>(variables);
        foreach (var (name, variable) in more)
        {
            all[name] = variable;
        }

        return new ExpressionBinder(context, all);
    }

    public Bound Bind(ExpressionSyntax syntax) => syntax switch
    {
        LiteralSyntax literal => BindLiteral(literal),
        NameSyntax name => BindName(name),
        MemberSyntax member => BindMember(member),
        CallSyntax call => BindCall(call),
        AggregateSyntax aggregate => BindAggregate(aggregate),
        BinarySyntax binary => BindBinary(binary),
        UnarySyntax unary => BindUnary(unary),
        InSyntax @in => BindIn(@in),
        ListCountSyntax count => BindListCount(count),
        RangeSyntax range => Fail(range, "Rules.Token.Expression"),
        _ => Fail(syntax, "Rules.Token.Expression"),
    };

    /// <summary>Binds a condition: the expression must be a yes/no value.</summary>
    public Bound BindCondition(ExpressionSyntax syntax)
    {
        var bound = Bind(syntax);
        if (bound.Failed)
        {
            return Quiet(ValueKind.Bool);
        }

        if (bound.Kind != ValueKind.Bool)
        {
            context.Error("IC1204", syntax.Span, "Rules.NotACondition", KindName(bound.Kind));
            return new Bound(Expression.Constant(false), ValueKind.Bool, "false");
        }

        return bound;
    }

    public static Bound Literal(object value) => value switch
    {
        double number => new Bound(Expression.Constant(number), ValueKind.Number, number.ToString(CultureInfo.InvariantCulture)),
        string text => new Bound(Expression.Constant(text), ValueKind.Text, "\"" + text + "\""),
        bool flag => new Bound(Expression.Constant(flag), ValueKind.Bool, flag ? "true" : "false"),
        DateOnly date => new Bound(Expression.Constant(date.DayNumber), ValueKind.Date, IsoDate.Text(date)),
        _ => new Bound(Zero, ValueKind.Number, "0"),
    };

    public static object KindName(ValueKind kind) => new PolicyLanguage.Vocabularies.TextArgument("Rules.Kind." + kind);

    private static Bound BindLiteral(LiteralSyntax literal) => Literal(literal.Value);

    private Bound BindName(NameSyntax name)
    {
        switch (name.Concept)
        {
            case Kw.Now:
                return new Bound(Expression.Field(Ctx, nameof(EvalContext.NowDay)), ValueKind.Date, Kw.Now);
            case Kw.CurrentTerm:
                return new Bound(Expression.Convert(Expression.Field(Ctx, nameof(EvalContext.CurrentTerm)), typeof(double)), ValueKind.Number, Kw.CurrentTerm);
        }

        if (variables.TryGetValue(name.Name, out var variable))
        {
            return new Bound(variable.Value, variable.Kind, variable.Name);
        }

        if (context.Parameters.TryGetValue(name.Name, out var parameter))
        {
            var bound = Literal(parameter.Value);
            return bound with { Canonical = "$" + name.Name };
        }

        if (TryBindMeasure(name) is { } measure)
        {
            return measure;
        }

        var candidates = variables.Keys.Where(k => !k.StartsWith(' ')).Concat(context.Parameters.Keys).Concat(context.Measures.Names).ToList();
        var suggestion = Suggestions.Best(name.Name, candidates);
        if (suggestion is null)
        {
            context.Error("IC1201", name.Span, "Rules.UnknownName", name.Name);
        }
        else
        {
            context.Error("IC1201", name.Span, "Rules.UnknownNameDidYouMean", name.Name, suggestion);
        }

        return Bound.Failure(Zero, ValueKind.Number);
    }

    private Bound BindUnary(UnarySyntax unary)
    {
        if (unary.Operator == "not")
        {
            var operand = BindCondition(unary.Operand);
            return new Bound(Expression.Not(operand.Expression), ValueKind.Bool, $"(Kw.Not {operand.Canonical})");
        }

        var number = Bind(unary.Operand);
        if (number.Failed)
        {
            return number;
        }

        if (number.Kind != ValueKind.Number)
        {
            context.Error("IC1203", unary.Span, "Rules.Expects", "-", KindName(ValueKind.Number), KindName(number.Kind));
            return Bound.Failure(Zero, ValueKind.Number);
        }

        return new Bound(Expression.Negate(number.Expression), ValueKind.Number, $"(-{number.Canonical})");
    }

    private Bound BindBinary(BinarySyntax binary)
    {
        if (binary.Operator is "and" or "or")
        {
            var l = BindCondition(binary.Left);
            var r = BindCondition(binary.Right);
            var expression = binary.Operator == "and" ? Expression.AndAlso(l.Expression, r.Expression) : Expression.OrElse(l.Expression, r.Expression);
            return new Bound(expression, ValueKind.Bool, $"({l.Canonical} Kw.{(binary.Operator == "and" ? "And" : "Or")} {r.Canonical})");
        }

        var left = Bind(binary.Left);
        var right = Bind(binary.Right);
        if (left.Failed || right.Failed)
        {
            return Quiet(binary.Operator is "=" or "!=" or "<" or "<=" or ">" or ">=" ? ValueKind.Bool : ValueKind.Number);
        }

        var canonical = $"({left.Canonical} {binary.Operator} {right.Canonical})";
        return binary.Operator switch
        {
            "=" or "!=" or "<" or "<=" or ">" or ">=" => Compare(binary, binary.Operator, left, right) is { } c ? c with { Canonical = canonical } : Mismatch(binary, binary.Operator, left.Kind, right.Kind),
            _ => Arithmetic(binary, left, right) is { } a ? a with { Canonical = canonical } : Mismatch(binary, binary.Operator, left.Kind, right.Kind),
        };
    }

    private Bound? Arithmetic(BinarySyntax binary, Bound left, Bound right)
    {
        var op = binary.Operator;
        switch (left.Kind, right.Kind)
        {
            case (ValueKind.Number, ValueKind.Number):
                Expression e = op switch
                {
                    "+" => Expression.Add(left.Expression, right.Expression),
                    "-" => Expression.Subtract(left.Expression, right.Expression),
                    "*" => Expression.Multiply(left.Expression, right.Expression),
                    _ => Divide(binary, left, right),
                };
                return new Bound(e, ValueKind.Number, "");
            case (ValueKind.Date, ValueKind.Number) when op is "+" or "-":
                var days = Expression.Convert(right.Expression, typeof(int));
                return new Bound(op == "+" ? Expression.Add(left.Expression, days) : Expression.Subtract(left.Expression, days), ValueKind.Date, "");
            case (ValueKind.Date, ValueKind.Date) when op == "-":
                return new Bound(Expression.Convert(Expression.Subtract(left.Expression, right.Expression), typeof(double)), ValueKind.Number, "");
            default:
                return null;
        }
    }

    /// <summary>
    /// A division (hardening, finding 10). By a constant zero (a literal, or a parameter whose value is 0) it is a compile
    /// error (IC1250). Inside weighted_mean's arguments a part divided by 0 is no value (NaN, dropped with its weight).
    /// Otherwise it divides through <see cref="Numbers.Divide"/>, which marks the binding when the divisor
    /// is 0 at run time: the rule's condition is then false for that binding and the evaluation reports it (IC1251),
    /// instead of comparing an infinity, which would fire for every pupil.
    /// </summary>
    private Expression Divide(BinarySyntax binary, Bound left, Bound right)
    {
        if (IsConstantZero(binary.Right))
        {
            context.Error("IC1250", binary.Right.Span, "Rules.DivisionByZero");
            return Zero;
        }

        if (context.DivisionMeansNoValue > 0)
        {
            return Expression.Divide(left.Expression, right.Expression);
        }

        context.Divides = true;
        return Expression.Call(typeof(Numbers), nameof(Numbers.Divide), null, Ctx, left.Expression, right.Expression);
    }

    private bool IsConstantZero(ExpressionSyntax syntax) => syntax switch
    {
        LiteralSyntax { Value: double value } => value == 0,
        UnarySyntax { Operator: "-", Operand: var operand } => IsConstantZero(operand),
        NameSyntax name when !variables.ContainsKey(name.Name) && context.Parameters.TryGetValue(name.Name, out var parameter) => parameter.Value is double number && number == 0,
        _ => false,
    };

    /// <summary>A comparison, or null when the types do not compare.</summary>
    private Bound? Compare(ExpressionSyntax at, string op, Bound left, Bound right)
    {
        _ = at;
        var ordered = op is "<" or "<=" or ">" or ">=";
        (left, right) = (AsTextIfEntity(left, right), AsTextIfEntity(right, left));
        if (left.Kind != right.Kind)
        {
            return null;
        }

        if (left.Kind == ValueKind.Text)
        {
            if (ordered)
            {
                return null;
            }

            Expression equals = Expression.Call(typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!, left.Expression, right.Expression);
            return new Bound(op == "=" ? equals : Expression.Not(equals), ValueKind.Bool, "");
        }

        if (ordered && left.Kind is not (ValueKind.Number or ValueKind.Date))
        {
            return null;
        }

        Expression e = op switch
        {
            "=" => Expression.Equal(left.Expression, right.Expression),
            "!=" => Expression.NotEqual(left.Expression, right.Expression),
            "<" => Expression.LessThan(left.Expression, right.Expression),
            "<=" => Expression.LessThanOrEqual(left.Expression, right.Expression),
            ">" => Expression.GreaterThan(left.Expression, right.Expression),
            _ => Expression.GreaterThanOrEqual(left.Expression, right.Expression),
        };
        return new Bound(e, ValueKind.Bool, "");
    }

    /// <summary>`s = "MATH"`: an entity compared with a text is compared by its id.</summary>
    private Bound AsTextIfEntity(Bound value, Bound other)
    {
        if (other.Kind != ValueKind.Text)
        {
            return value;
        }

        return value.Kind switch
        {
            ValueKind.Pupil => value with { Expression = Expression.Call(Ctx, nameof(EvalContext.PupilId), null, value.Expression), Kind = ValueKind.Text },
            ValueKind.Subject => value with { Expression = Expression.Call(Ctx, nameof(EvalContext.SubjectId), null, value.Expression), Kind = ValueKind.Text },
            ValueKind.Class => value with { Expression = Expression.Call(Ctx, nameof(EvalContext.ClassId), null, value.Expression), Kind = ValueKind.Text },
            _ => value,
        };
    }

    private Bound BindIn(InSyntax @in)
    {
        if (@in.Items is [var only] && IsList(only))
        {
            return BindInList(@in, only);
        }

        var operand = Bind(@in.Operand);
        var value = Expression.Variable(operand.Expression.Type, "x");
        Expression? any = null;
        var parts = new List<string>();
        foreach (var item in @in.Items)
        {
            Bound? test;
            if (item is RangeSyntax range)
            {
                var low = Bind(range.Low);
                var high = Bind(range.High);
                var probe = new Bound(value, operand.Kind, "");
                var lowTest = Compare(range, ">=", probe, low);
                var highTest = Compare(range, "<=", probe, high);
                test = lowTest is null || highTest is null ? null : new Bound(Expression.AndAlso(lowTest.Expression, highTest.Expression), ValueKind.Bool, "");
                parts.Add($"{low.Canonical}..{high.Canonical}");
                if (test is null)
                {
                    return operand.Failed || low.Failed || high.Failed ? Quiet(ValueKind.Bool) : Mismatch(item, "..", operand.Kind, low.Kind);
                }
            }
            else
            {
                var single = Bind(item);
                test = Compare(item, "=", new Bound(value, operand.Kind, ""), single);
                parts.Add(single.Canonical);
                if (test is null)
                {
                    return operand.Failed || single.Failed ? Quiet(ValueKind.Bool) : Mismatch(item, new ConceptName(Kw.In), operand.Kind, single.Kind);
                }
            }

            any = any is null ? test.Expression : Expression.OrElse(any, test.Expression);
        }

        Expression body = Expression.Block(typeof(bool), [value], Expression.Assign(value, operand.Expression), any ?? Expression.Constant(false));
        if (@in.Negated)
        {
            body = Expression.Not(body);
        }

        return new Bound(body, ValueKind.Bool, $"({operand.Canonical} {(@in.Negated ? "Kw.Not " : "")}Kw.In [{string.Join(", ", parts)}])");
    }

    private Bound Mismatch(ExpressionSyntax at, object op, ValueKind left, ValueKind right)
    {
        if ((left == ValueKind.List || right == ValueKind.List) && ListCall(at) is { } list)
        {
            return ListNotHere(list);
        }

        context.Error("IC1203", at.Span, "Rules.TypeMismatch", op, KindName(left), KindName(right));
        return Bound.Failure(Expression.Constant(false), ValueKind.Bool);
    }

    /// <summary>What an expression built on a failed one stands for: no second diagnostic (see <see cref="Bound.Failed"/>).</summary>
    private static Bound Quiet(ValueKind kind) =>
        kind == ValueKind.Bool ? Bound.Failure(Expression.Constant(false), ValueKind.Bool) : Bound.Failure(Zero, ValueKind.Number);

    private Bound Fail(ExpressionSyntax at, string expectedKey)
    {
        context.Error("IC1101", at.Span, "Rules.Expected", new PolicyLanguage.Vocabularies.TextArgument(expectedKey), "..");
        return Bound.Failure(Zero, ValueKind.Number);
    }
}
