using InternalControl.Localization;

namespace InternalControl.Workflows.Runtime;

/// <summary>The result of a command on a case: done, or refused with a message for the person (nothing was changed).</summary>
public sealed record WorkflowResult(WorkflowMessage? Error)
{
    public static WorkflowResult Success { get; } = new((WorkflowMessage?)null);

    public bool Ok => Error is null;

    public static WorkflowResult Refuse(string key, params object?[] args) => new(WorkflowMessage.Of(key, args));

    /// <summary>The refusal in the reader's language, or null when the command succeeded.</summary>
    public string? Message(Language language) => Error?.Render(language);
}
