using InternalControl.Engine.Diagnostics;
using InternalControl.PolicyLanguage.Parsing;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Model;

namespace InternalControl.Application.Policies;

/// <summary>
/// Compiles policy files the way every entry point must: with the plug-in block parsers of the
/// runtimes that read blocks of their own (workflow blocks), so that a file that checks with
/// `ic rules check` is the file that runs.
/// </summary>
public static class PolicyHost
{
    private static readonly List<IBlockParser> Parsers = [];

    /// <summary>The block parsers every compilation uses.</summary>
    public static IReadOnlyList<IBlockParser> BlockParsers
    {
        get
        {
            lock (Parsers)
            {
                return [.. Parsers];
            }
        }
    }

    /// <summary>Adds a block parser (once per concept).</summary>
    public static void AddBlockParser(IBlockParser parser)
    {
        lock (Parsers)
        {
            if (Parsers.All(p => p.Concept != parser.Concept))
            {
                Parsers.Add(parser);
            }
        }
    }

    /// <summary>Compiles a baseline and its overlays; any error anywhere means no policy at all.</summary>
    public static Result<CompiledPolicy> Compile(IReadOnlyList<PolicySource> sources) => PolicyCompiler.Compile(sources, BlockParsers);
}
