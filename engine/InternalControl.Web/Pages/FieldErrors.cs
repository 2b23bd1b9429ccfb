using InternalControl.Workflows;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Web.Pages;

/// <summary>Which form field a refusal of the runtime is about, so that the page shows the message beside it.</summary>
internal static class FieldErrors
{
    private const string FieldKey = "Workflows.Field.";

    public static string? FieldOf(WorkflowResult result) =>
        result.Error?.Args.OfType<TextRef>().FirstOrDefault(a => a.Key.StartsWith(FieldKey, StringComparison.Ordinal))?.Key[FieldKey.Length..];
}
