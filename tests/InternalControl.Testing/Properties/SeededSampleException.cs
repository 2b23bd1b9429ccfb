namespace InternalControl.Testing.Properties;

/// <summary>A property that failed: the message has the smallest failing case and the seed that repeats it.</summary>
public sealed class SeededSampleException(string message, Exception inner) : Exception(message + "\n" + inner.Message, inner);
