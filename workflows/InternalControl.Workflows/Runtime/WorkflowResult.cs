using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;

namespace InternalControl.Workflows.Runtime;

/// <summary>The result of a command on a case: done, or refused with a message for the person (nothing was changed).</summary>
public sealed record WorkflowResult(Diagnostic? Error)
{
    public static WorkflowResult Success { get; } = new((Diagnostic?)null);

    public bool Ok => Error is null;

    public static WorkflowResult Refuse(string key, params object?[] args) => new(Diagnostic.ErrorOf(key, args));

    /// <summary>The refusal in the reader's language, or null when the command succeeded.</summary>
    public string? Message(Language language) => Error?.Message(language);
}
