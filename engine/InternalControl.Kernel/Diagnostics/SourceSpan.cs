namespace InternalControl.Kernel.Diagnostics;

/// <summary>
/// A stretch of a source file: where a token, a syntax node or a diagnostic sits. Lines and columns are
/// 1-based (both), columns count UTF-16 characters of the line, <see cref="Offset"/> is 0-based.
/// </summary>
/// <param name="File">The file name as the user gave it (or a label such as "&lt;test&gt;").</param>
/// <param name="Offset">0-based offset of the first character in the source text.</param>
/// <param name="Length">Number of characters covered (0 for a point, e.g. the end of a file).</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
public sealed record SourceSpan(string File, int Offset, int Length, int Line, int Column)
{
    /// <summary>A span for things that come from no file (built in code).</summary>
    public static SourceSpan None { get; } = new("", 0, 0, 1, 1);

    /// <summary>The offset just past the last character.</summary>
    public int End => Offset + Length;

    /// <summary>The span from the start of this one to the end of <paramref name="other"/>.</summary>
    public SourceSpan Through(SourceSpan other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.End <= Offset ? this : this with { Length = other.End - Offset };
    }

    /// <summary>"file:line:column", as compilers print it.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
