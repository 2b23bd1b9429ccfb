using System.CommandLine;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;
using InternalControl.Web.Hosting;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic serve [--db PATH] [--urls http://127.0.0.1:5080] [--nightly-at HH:mm]`: the school in the browser, over the same
/// database; the nightly evaluation runs from that school-local time (02:00 when left out).
/// </summary>
internal sealed class ServeCommand : ICommandDefinition
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public Command Build(Localizer texts, CommandRunner runner)
    {
        var urls = UrlsOption(texts);
        var nightlyAt = NightlyAtOption.Create(texts);
        var command = new Command("serve", texts.Get("Cli.Serve.Description")) { urls, nightlyAt };
        runner.Bind(command, (context, parse) =>
        {
            var at = NightlyAtOption.Read(parse, nightlyAt);
            var workspace = context.OpenWorkspace();
            var address = parse.GetValue(urls) ?? DefaultUrls;
            var app = WebApp.Build(workspace, new WebHostOptions(workspace.Database.Path) { Urls = address, Clock = workspace.Clock, NightlyAt = at });
            context.Say("Cli.Serve.Listening", address);
            app.Run();
            return ExitCodes.Success;
        });
        return command;
    }

    public static Option<string?> UrlsOption(Localizer texts) => new("--urls") { Description = texts.Get("Cli.Serve.Urls") };
}
