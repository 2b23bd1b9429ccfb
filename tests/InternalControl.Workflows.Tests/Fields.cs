namespace InternalControl.Workflows.Tests;

/// <summary>Form fields written as name=value pairs, as the command line takes them.</summary>
internal static class Fields
{
    public static IReadOnlyDictionary<string, string> None { get; } = new Dictionary<string, string>();

    public static IReadOnlyDictionary<string, string> Of(params string[] pairs) =>
        pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
}
