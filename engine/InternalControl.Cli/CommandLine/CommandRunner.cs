using System.CommandLine;
using InternalControl.Cli.Json;
using InternalControl.Application.Telemetry;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;
using Spectre.Console;

namespace InternalControl.Cli.CommandLine;
/// <summary>
/// Runs a command's body with its context, and turns what can go wrong into exit codes: a user error
/// prints its localized diagnostic to stderr (exit 1); any other exception prints a localized fault line without a
/// stack trace (exit 2), since a trace could carry a pupil's data.
/// </summary>
internal sealed class CommandRunner(GlobalOptions options, IAnsiConsole console, TextWriter stdout, TextWriter stderr, Language fallback)
{
    /// <summary>Binds a body to a command.</summary>
    public void Bind(Command command, Func<CommandContext, ParseResult, int> body) =>
        command.SetAction(parse => Execute(parse, body));

    private int Execute(ParseResult parse, Func<CommandContext, ParseResult, int> body)
    {
        CommandContext? context = null;
        try
        {
            context = new CommandContext(parse, options, console, stdout, fallback);
            var settings = Settings.Read(context.DatabasePath);
            IcTelemetry.Language = Languages.TryParse(settings["Telemetry:Language"], out var logLanguage) ? logLanguage.Value : context.Texts.Language;
            using var telemetry = TelemetrySetup.Start(settings);
            return body(context, parse);
        }
        catch (UserErrorException error)
        {
            var texts = context?.Texts ?? new Localizer(fallback);
            if (context?.Json == true)
            {
                stdout.WriteLine(CliJson.Serialize(DiagnosticJson.Of([error.Diagnostic], texts.Language)));
            }
            else
            {
                stderr.WriteLine(error.Diagnostic.Render(texts.Language));
            }

            return ExitCodes.UserError;
        }
        catch (Exception fault) when (DatabaseFaults.IsReadOnly(fault))
        {
            // A write to a database that may not be written (a read-only file or folder) is the environment, not a bug:
            // the failed write rolled back, so nothing changed (hardening, finding 9).
            var texts = context?.Texts ?? new Localizer(fallback);
            var path = context?.DatabasePath ?? "";
            stderr.WriteLine(Diagnostic.Error("IC3231", SourceSpan.None, "Workspaces.Error.ReadOnly", path).Render(texts.Language));
            return ExitCodes.UserError;
        }
        catch (Exception fault) when (fault is not OutOfMemoryException)
        {
            var texts = context?.Texts ?? new Localizer(fallback);
            stderr.WriteLine(texts.Get("Cli.Error.Internal", fault.GetType().Name));
            if (Environment.GetEnvironmentVariable("IC_DEBUG") == "1")
            {
                stderr.WriteLine(fault);
            }

            return ExitCodes.InternalFault;
        }
    }
}
