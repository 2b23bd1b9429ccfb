using System.CommandLine;
using InternalControl.Application.Policies;
using InternalControl.Cli.CommandLine;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic policy set FILE` attaches an overlay (or a baseline) to the school, a new version of the attached file of its name
/// or one more file (<see cref="PolicyAttachment"/>); `ic policy show` lists what is attached, marking each file and
/// each new shipped file an upgrade would attach (<see cref="PolicyAttachment.ShippedUpdates(InternalControl.Application.Workspaces.Workspace)"/>);
/// `ic policy upgrade` attaches them (<see cref="PolicyAttachment.Upgrade"/>).
/// </summary>
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

            var versions = workspace.Database.Policies.Versions(workspace.School.Id);
            var updates = PolicyAttachment.ShippedUpdates(sources, versions, ShippedPolicies.For(workspace.School.Country)).ToDictionary(u => u.File.File, StringComparer.Ordinal);
            foreach (var source in sources)
            {
                if (updates.ContainsKey(source.File))
                {
                    context.Say("Cli.Policy.ShippedChanged", source.File);
                }
                else
                {
                    context.Line(source.File);
                }
            }

            foreach (var update in updates.Values.Where(u => u.New))
            {
                context.Say("Cli.Policy.ShippedNew", update.File.File);
            }

            return ExitCodes.Success;
        });
        var upgrade = new Command("upgrade", texts.Get("Cli.Policy.Upgrade"));
        runner.Bind(upgrade, (context, _) =>
        {
            var workspace = context.OpenWorkspace();
            var upgraded = PolicyAttachment.Upgrade(workspace, "cli");
            if (upgraded.Value is not { } versions)
            {
                // The files the upgrade compiled, so that each diagnostic shows its line and caret.
                var attached = workspace.Database.Policies.Sources(workspace.School.Id);
                PolicyFiles.Print(context, upgraded.Diagnostics, PolicyAttachment.Upgraded(attached, PolicyAttachment.ShippedUpdates(workspace), ShippedPolicies.For(workspace.School.Country)));
                context.Say("Cli.Policy.NotUpgraded");
                return ExitCodes.UserError;
            }

            if (versions.Count == 0)
            {
                context.Say("Cli.Policy.UpgradeNone");
            }

            foreach (var version in versions)
            {
                context.Say("Cli.Policy.Upgraded", version.File, version.Number);
            }

            return ExitCodes.Success;
        });
        command.Add(set);
        command.Add(show);
        command.Add(upgrade);
        return command;
    }
}
