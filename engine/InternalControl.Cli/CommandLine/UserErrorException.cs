using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Cli.CommandLine;

/// <summary>
/// Raised inside a command when the user's input is wrong, to leave the command at once; it carries a
/// diagnostic from a library, or a text key and its arguments for the CLI's own refusals, never a message,
/// and becomes exit code 1 with the text in the reader's language on stderr.
/// </summary>
internal sealed class UserErrorException : Exception
{
    /// <summary>A library's coded diagnostic.</summary>
    public UserErrorException(Diagnostic diagnostic)
        : base(diagnostic.Code)
    {
        Diagnostic = diagnostic;
        Key = diagnostic.MessageKey;
        Args = diagnostic.Args;
    }

    /// <summary>A refusal of the CLI's own: a text key and its arguments.</summary>
    public UserErrorException(string key, params object?[] args)
        : base(key)
    {
        Key = key;
        Args = args;
    }

    public Diagnostic? Diagnostic { get; }

    public string Key { get; }

    public IReadOnlyList<object?> Args { get; }
}
