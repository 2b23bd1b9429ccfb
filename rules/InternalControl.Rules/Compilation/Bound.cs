using System.Linq.Expressions;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Compilation;

/// <summary>A type-checked expression: the LINQ expression, its type, and a language-neutral text (concept ids, not words).</summary>
internal sealed record Bound(Expression Expression, ValueKind Kind, string Canonical)
{
    private const string FailedCanonical = "?";

    /// <summary>For a list (<see cref="ValueKind.List"/>): the kind of its elements.</summary>
    public ValueKind Element { get; init; }

    /// <summary>
    /// A stand-in for an expression whose error is already reported (an unknown name, a type mismatch, a bad call):
    /// what is built on it reports nothing more, so one mistake is one diagnostic.
    /// </summary>
    public bool Failed => Canonical == FailedCanonical;

    /// <summary>An expression whose error is reported: <paramref name="placeholder"/> of <paramref name="kind"/>, never run (a policy with errors does not run).</summary>
    public static Bound Failure(Expression placeholder, ValueKind kind) => new(placeholder, kind, FailedCanonical);
}
