using System.CommandLine;
using InternalControl.Cli.CommandLine;
using InternalControl.Application.Import;
using InternalControl.Localization;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>`ic import DIR`: a folder of the school's CSV files, all or nothing.</summary>
internal sealed class ImportCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var folder = new Argument<string>("DIR") { Description = texts.Get("Cli.Import.Dir") };
        var command = new Command("import", texts.Get("Cli.Import.Description")) { folder };
        runner.Bind(command, (context, parse) =>
        {
            var workspace = context.OpenWorkspace();
            var outcome = new SchoolImporter(workspace.Database) { Clock = workspace.Clock }.Import(workspace.School, parse.GetValue(folder)!);
            if (!outcome.Succeeded)
            {
                ImportErrorsOutput.Write(context, outcome.Errors);
                return ExitCodes.UserError;
            }

            if (context.Json)
            {
                context.WriteJson(new
                {
                    imported = ImportOutcome.Entities.ToDictionary(e => e, e => outcome.Counts.GetValueOrDefault(e)),
                    notices = outcome.Notices.Select(n => new { file = n.File, row = n.Row, message = n.Message(context.Texts.Culture) }),
                });
                return ExitCodes.Success;
            }

            var table = new Table().AddColumn(context.Texts.Get("Cli.Import.Entity")).AddColumn(new TableColumn(context.Texts.Get("Cli.Import.Rows")).RightAligned());
            foreach (var entity in ImportOutcome.Entities)
            {
                table.AddRow(Markup.Escape(context.Texts.Get("Import.Entity." + entity)), context.Texts.Number(outcome.Counts.GetValueOrDefault(entity), "N0"));
            }

            context.Say("Import.Summary.Done");
            context.Console.Write(table);
            if (outcome.Notices.Count > 0)
            {
                context.Say("Import.Summary.Notices", outcome.Notices.Count);
                foreach (var notice in outcome.Notices)
                {
                    context.Line(notice.Describe(context.Texts.Culture));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
