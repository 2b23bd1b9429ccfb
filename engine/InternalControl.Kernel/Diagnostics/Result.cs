using System.Diagnostics.CodeAnalysis;

namespace InternalControl.Kernel.Diagnostics;

/// <summary>
/// The outcome of work on user input: a value when there were no errors, and the diagnostics either way
/// (warnings may come with a value). User errors are data, never exceptions.
/// </summary>
public sealed class Result<T>
    where T : class
{
    private Result(T? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>The value, or null when there were errors.</summary>
    public T? Value { get; }

    /// <summary>All diagnostics, in source order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when there is a value (no errors).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    /// <summary>The errors alone.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>A value, unless <paramref name="diagnostics"/> holds an error (then no value: never partly loaded).</summary>
    public static Result<T> From(T value, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new Result<T>(diagnostics.Any(d => d.IsError) ? null : value, diagnostics);
    }

    /// <summary>A failure with its diagnostics (at least one should be an error).</summary>
    public static Result<T> Failure(IReadOnlyList<Diagnostic> diagnostics) => new(null, diagnostics);
}
