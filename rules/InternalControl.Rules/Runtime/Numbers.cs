namespace InternalControl.Rules.Runtime;

/// <summary>Arithmetic the compiled rules call that is more than one operator.</summary>
internal static class Numbers
{
    /// <summary>
    /// The weighted mean of (value, weight) pairs, over the pairs whose value exists (is not NaN: an aggregate over
    /// no marks) and whose weight is above 0; NaN when there is none. So a quarter mark's part without marks (no
    /// СОЧ yet while the quarter runs, seed 001 R33) drops out with its weight instead of counting as 0.
    /// </summary>
    public static double WeightedMean(double[] pairs)
    {
        var total = 0d;
        var weights = 0d;
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            var (value, weight) = (pairs[i], pairs[i + 1]);
            if (!double.IsNaN(value) && !double.IsInfinity(value) && weight > 0)
            {
                total += value * weight;
                weights += weight;
            }
        }

        return weights > 0 ? total / weights : double.NaN;
    }

    /// <summary>
    /// <paramref name="dividend"/> / <paramref name="divisor"/>; a divisor of 0 marks the binding being tried
    /// (<see cref="EvalContext.DividedByZero"/>) and gives NaN, so that the rule's guard stops the rule for it.
    /// </summary>
    public static double Divide(EvalContext context, double dividend, double divisor)
    {
        if (divisor == 0)
        {
            context.DividedByZero = true;
            return double.NaN;
        }

        return dividend / divisor;
    }
}
