namespace InternalControl.Testing.Properties;

/// <summary>A property that failed: the message has the smallest failing case and the seed that repeats it.</summary>
public sealed class SeededSampleException(string seed, string message, Exception inner) : Exception(message + "\n" + inner.Message, inner)
{
    /// <summary>The seed whose first case is the smallest failing case (give it back as the run's seed to repeat it).</summary>
    public string Seed { get; } = seed;
}
