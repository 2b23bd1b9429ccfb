namespace InternalControl.Benchmarks.Rules;

/// <summary>The input object RulesEngine reads (it needs a type with properties).</summary>
public sealed class SummativeInput
{
    public double Percent { get; init; }
}
