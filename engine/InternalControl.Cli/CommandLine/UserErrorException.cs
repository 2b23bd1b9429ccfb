using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Cli.CommandLine;

/// <summary>
/// Raised inside a command when the user's input is wrong, to leave the command at once. It carries one coded
/// diagnostic, a library's or the command line's own (IC40xx, bound to its text key in <see cref="DiagnosticCatalog"/>),
/// never a message, and becomes exit code 1 with the diagnostic in the reader's language on stderr (as JSON on stdout
/// with `--json`).
/// </summary>
internal sealed class UserErrorException : Exception
{
    /// <summary>A library's coded diagnostic.</summary>
    public UserErrorException(Diagnostic diagnostic)
        : base(diagnostic.Code) => Diagnostic = diagnostic;

    /// <summary>A refusal of the command line's own: the text key its code is bound to, and the text's arguments.</summary>
    public UserErrorException(string key, params object?[] args)
        : this(Diagnostic.ErrorOf(key, args))
    {
    }

    public Diagnostic Diagnostic { get; }
}
