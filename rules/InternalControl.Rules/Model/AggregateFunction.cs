namespace InternalControl.Rules.Model;

/// <summary>What an aggregate computes over the facts it matches.</summary>
internal enum AggregateFunction
{
    Count,
    Sum,
    Avg,
    Min,
    Max,
    Exists,
    None,
}
