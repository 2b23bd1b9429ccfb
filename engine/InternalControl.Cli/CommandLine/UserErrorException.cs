using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Cli.CommandLine;

/// <summary>
/// Raised inside a command when the user's input is wrong, to leave the command at once; it carries a
/// diagnostic (a code, a text key and its arguments), never a message, and becomes exit code 1 with the
/// text in the reader's language on stderr.
/// </summary>
internal sealed class UserErrorException(Diagnostic diagnostic) : Exception(diagnostic.Code + " " + diagnostic.MessageKey)
{
    /// <summary>A CLI refusal of its own, not yet coded: a text key and its arguments.</summary>
    public UserErrorException(string key, params object?[] args)
        : this(Diagnostic.Error("", SourceSpan.None, key, args))
    {
    }

    public Diagnostic Diagnostic { get; } = diagnostic;
}
