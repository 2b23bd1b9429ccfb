namespace InternalControl.Cli.CommandLine;

/// <summary>
/// Raised inside a command when the user's input is wrong, to leave the command at once; it carries a
/// text key, never a message, and becomes exit code 1 with the text in the reader's language.
/// </summary>
internal sealed class UserErrorException(string key, params object?[] args) : Exception(key)
{
    public string Key { get; } = key;

    public IReadOnlyList<object?> Args { get; } = args;
}
