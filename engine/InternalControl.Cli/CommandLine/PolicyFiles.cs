using InternalControl.Application.Policies;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Rules.Model;
using InternalControl.Kernel.Policies;

namespace InternalControl.Cli.CommandLine;

/// <summary>Reads policy files named on the command line and prints a compilation's diagnostics with their source lines.</summary>
internal static class PolicyFiles
{
    public static IReadOnlyList<PolicySource> Read(IEnumerable<string> paths)
    {
        var sources = new List<PolicySource>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new UserErrorException("Cli.Error.NoFile", path);
            }

            sources.Add(new PolicySource(path, File.ReadAllText(path)));
        }

        return sources;
    }

    /// <summary>Compiles and prints every diagnostic; returns the policy, or null when any error was found.</summary>
    public static HostedPolicy? Compile(CommandContext context, IReadOnlyList<PolicySource> sources)
    {
        var result = PolicyHost.Compile(sources);
        Print(context, result.Diagnostics, sources);
        return result.Succeeded && !result.Errors.Any() ? result.Value : null;
    }

    public static void Print(CommandContext context, IEnumerable<Diagnostic> diagnostics, IReadOnlyList<PolicySource> sources)
    {
        foreach (var diagnostic in diagnostics)
        {
            var source = sources.FirstOrDefault(s => s.File == diagnostic.Span.File)?.Text;
            context.Line(diagnostic.Render(context.Texts.Language, source));
        }
    }
}
