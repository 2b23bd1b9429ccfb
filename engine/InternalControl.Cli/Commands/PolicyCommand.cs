using System.CommandLine;
using InternalControl.Application.Policies;
using InternalControl.Cli.CommandLine;
using InternalControl.Kernel.Policies;
using InternalControl.Localization;
using InternalControl.Rules.Model;

namespace InternalControl.Cli.Commands;

/// <summary>`ic policy set FILE` attaches an overlay (or a baseline) to the school; `ic policy show` lists what is attached.</summary>
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
            var store = workspace.Database.Policies;
            var added = PolicyFiles.Read([parse.GetValue(file)!])[0];
            IReadOnlyList<PolicySource> all = [.. store.Sources(workspace.School.Id), added with { File = Path.GetFileName(added.File) }];

            // The new file is checked together with what is attached: a file with any error is never attached.
            var policy = PolicyFiles.Compile(context, all);
            if (policy is null)
            {
                context.Say("Cli.Policy.NotAttached");
                return ExitCodes.UserError;
            }

            store.Attach(workspace.School.Id, all[^1], workspace.Clock.GetUtcNow());
            context.Say("Cli.Policy.Attached", all[^1].File, policy.Rules.Name, policy.Rules.Rules.Count);
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
