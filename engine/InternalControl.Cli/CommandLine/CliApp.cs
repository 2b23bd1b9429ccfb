using InternalControl.Kernel.Diagnostics;
using System.CommandLine;
using System.Globalization;
using InternalControl.Cli.Commands;
using InternalControl.Localization;
using Spectre.Console;

namespace InternalControl.Cli.CommandLine;
/// <summary>Builds the command tree in the reader's language and runs one invocation.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var language = PreScanLanguage(args);
        var texts = new Localizer(language);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (console.Profile.Width < 120)
        {
            console.Profile.Width = 120;
        }

        var options = new GlobalOptions(texts);
        var root = new RootCommand(texts.Get("Cli.Root.Description"));
        options.AddTo(root);
        LocalizedHelp.Install(root, texts, stdout);
        var runner = new CommandRunner(options, console, stdout, stderr, language);
        foreach (var definition in CommandTree.All)
        {
            root.Add(definition.Build(texts, runner));
        }

        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && parse.CommandResult.Command == root && parse.UnmatchedTokens.Count == 0)
            {
                stderr.WriteLine(Diagnostic.ErrorOf("Cli.Error.NoCommand").Render(texts.Language));
                return ExitCodes.UserError;
            }

            if (parse.Errors.Count > 0)
            {
                var unmatched = parse.UnmatchedTokens.Count > 0 ? string.Join(" ", parse.UnmatchedTokens) : string.Join(" ", args);
                stderr.WriteLine(Diagnostic.ErrorOf("Cli.Error.Usage", unmatched).Render(texts.Language));
                return ExitCodes.UserError;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception fault) when (fault is not OutOfMemoryException)
        {
            stderr.WriteLine(texts.Get("Cli.Error.Internal", fault.GetType().Name));
            return ExitCodes.InternalFault;
        }
    }

    /// <summary>
    /// The language for help and early errors, before a school is opened: --lang, else the OS culture
    /// when it is one of ours, else English.
    /// </summary>
    private static Language PreScanLanguage(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i]["--lang=".Length..]
                : args[i] == "--lang" && i + 1 < args.Length ? args[i + 1] : null;
            if (Languages.TryParse(value, out var chosen))
            {
                return chosen.Value;
            }
        }

        return Languages.FromCulture(CultureInfo.CurrentUICulture) ?? Language.En;
    }
}
