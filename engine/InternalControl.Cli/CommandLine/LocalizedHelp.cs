using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using InternalControl.Localization;

namespace InternalControl.Cli.CommandLine;

/// <summary>
/// `--help` in the reader's language. System.CommandLine's own help prints its headings ("Usage:", "Options:")
/// from its resources, which have no Kazakh or Kyrgyz; this action prints the same sections from ours.
/// </summary>
internal sealed class LocalizedHelp(Localizer texts, TextWriter output) : SynchronousCommandLineAction
{
    private const string ToolName = "ic";

    public override bool ClearsParseErrors => true;

    /// <summary>Puts this help, and localized descriptions of the help and version options, on the root command.</summary>
    public static void Install(RootCommand root, Localizer texts, TextWriter output)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = texts.Get("Cli.Help.HelpOption");
                help.Action = new LocalizedHelp(texts, output);
            }
            else if (option is VersionOption version)
            {
                version.Description = texts.Get("Cli.Help.VersionOption");
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            output.WriteLine(texts.Get("Cli.Help.Description"));
            output.WriteLine("  " + command.Description);
            output.WriteLine();
        }

        output.WriteLine(texts.Get("Cli.Help.Usage"));
        output.WriteLine("  " + Usage(parseResult));
        output.WriteLine();
        Section(texts.Get("Cli.Help.Arguments"), command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{ArgumentName(a)}>", a.Description ?? "")));
        Section(texts.Get("Cli.Help.Options"), Options(parseResult).Select(o => (OptionName(o), o.Description ?? "")));
        Section(texts.Get("Cli.Help.Commands"), command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (c.Name + string.Concat(c.Arguments.Select(a => $" <{ArgumentName(a)}>")), c.Description ?? "")));
        return ExitCodes.Success;
    }

    private string Usage(ParseResult parseResult)
    {
        var path = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            path.Insert(0, result.Command is RootCommand ? ToolName : result.Command.Name);
        }

        var command = parseResult.CommandResult.Command;
        var arguments = string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => $" <{ArgumentName(a)}>"));
        var subcommand = command.Subcommands.Count > 0 ? " " + texts.Get("Cli.Help.CommandPlaceholder") : "";
        return string.Join(" ", path) + subcommand + arguments + " " + texts.Get("Cli.Help.OptionsPlaceholder");
    }

    /// <summary>The command's own options, then those it inherits from its parents (the global ones), help and version last.</summary>
    private static List<Option> Options(ParseResult parseResult)
    {
        var options = new List<Option>(parseResult.CommandResult.Command.Options.Where(o => !o.Hidden));
        for (var result = parseResult.CommandResult.Parent as System.CommandLine.Parsing.CommandResult; result is not null;
             result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            options.AddRange(result.Command.Options.Where(o => o.Recursive && !o.Hidden && !options.Contains(o)));
        }

        return [.. options.OrderBy(o => o is HelpOption or VersionOption)];
    }

    private static string ArgumentName(Argument argument) => argument.HelpName ?? argument.Name.ToUpperInvariant();

    private static string OptionName(Option option)
    {
        // "/?" and "/h" are Windows habits that only clutter the list.
        var names = option.Aliases.Append(option.Name).Where(n => !n.StartsWith('/')).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var takesValue = option.ValueType != typeof(bool) && option is not HelpOption and not VersionOption;
        return string.Join(", ", names) + (takesValue ? $" <{option.HelpName ?? option.Name.TrimStart('-')}>" : "");
    }

    private void Section(string heading, IEnumerable<(string Name, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine(heading);
        var width = list.Max(r => r.Name.Length) + 2;
        foreach (var (name, description) in list)
        {
            output.WriteLine("  " + name.PadRight(width) + description);
        }

        output.WriteLine();
    }
}
