using System.CommandLine;
using InternalControl.Application.Policies;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>`ic policy set FILE` attaches an overlay (or a baseline) to the school, a new version of the attached file of its name or one more file (<see cref="PolicyAttachment"/>); `ic policy show` lists what is attached.</summary>
internal sealed class PolicyCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var command = new Command("policy", texts.Get("Cli.Policy.Description"));
        var file = new Argument<string>("FILE") { Description = texts.Get("Cli.Rules.Files") };
        var set = new Command("set", texts.Get("Cli.Policy.Set")) { file };
        runner.Bind(set, (context, parse) =>
        {
            var workspace = context.OpenWorkspace();
            var read = PolicyFiles.Read([parse.GetValue(file)!])[0];
            var added = read with { File = Path.GetFileName(read.File) };
            var all = PolicyAttachment.With(workspace.Database.Policies.Sources(workspace.School.Id), added);

            // The file is checked together with what is attached (a file of its name in its place): a file with any error is never attached.
            var attached = PolicyAttachment.Attach(workspace, added, "cli");
            PolicyFiles.Print(context, attached.Diagnostics, all);
            if (attached.Value is not { } done)
            {
                context.Say("Cli.Policy.NotAttached");
                return ExitCodes.UserError;
            }

            context.Say("Cli.Policy.Attached", added.File, done.Policy.Rules.Name, done.Policy.Rules.Rules.Count);
            return ExitCodes.Success;
        });
        var show = new Command("show", texts.Get("Cli.Policy.Show"));
        runner.Bind(show, (context, _) =>
        {
            var workspace = context.OpenWorkspace();
            var sources = workspace.Database.Policies.Sources(workspace.School.Id);
            if (sources.Count == 0)
            {
                context.Say("Cli.Policy.None");
            }

            foreach (var source in sources)
            {
                context.Line(source.File);
            }

            return ExitCodes.Success;
        });
        command.Add(set);
        command.Add(show);
        return command;
    }
}
