using System.CommandLine;
using InternalControl.Cli.CommandLine;
using InternalControl.Application.Import;
using InternalControl.Localization;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic import PATH [--dry-run]`: a folder of the school's CSV files, a ZIP archive of them or an XLSX workbook with one
/// sheet per file, all or nothing; with `--dry-run`, what it would add and change per file, writing nothing.
/// </summary>
internal sealed class ImportCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var folder = new Argument<string>("PATH") { Description = texts.Get("Cli.Import.Dir") };
        var dryRun = new Option<bool>("--dry-run") { Description = texts.Get("Cli.Import.DryRun") };
        var command = new Command("import", texts.Get("Cli.Import.Description")) { folder, dryRun };
        runner.Bind(command, (context, parse) =>
        {
            var workspace = context.OpenWorkspace();
            if (parse.GetValue(dryRun))
            {
                return Preview(context, new SchoolImporter(workspace.Database) { Clock = workspace.Clock }.Preview(workspace.School, parse.GetValue(folder)!));
            }

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
                table.AddRow(Markup.Escape(context.Texts.Get(ImportOutcome.EntityKey(entity))), context.Texts.Number(outcome.Counts.GetValueOrDefault(entity), "N0"));
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

    private static int Preview(CommandContext context, ImportPreview preview)
    {
        if (!preview.Succeeded)
        {
            ImportErrorsOutput.Write(context, preview.Errors);
            return ExitCodes.UserError;
        }

        if (context.Json)
        {
            context.WriteJson(new
            {
                preview = preview.Changes.ToDictionary(c => c.Entity, c => new { added = c.Added, changed = c.Changed, unchanged = c.Unchanged }),
            });
            return ExitCodes.Success;
        }

        var table = new Table()
            .AddColumn(context.Texts.Get("Import.Preview.File"))
            .AddColumn(new TableColumn(context.Texts.Get("Import.Preview.Added")).RightAligned())
            .AddColumn(new TableColumn(context.Texts.Get("Import.Preview.Changed")).RightAligned())
            .AddColumn(new TableColumn(context.Texts.Get("Import.Preview.Unchanged")).RightAligned());
        foreach (var change in preview.Changes.Where(c => c.Rows > 0))
        {
            table.AddRow(
                Markup.Escape(ImportPreview.EntityName(change.Entity, context.Texts.Culture)),
                context.Texts.Number(change.Added, "N0"),
                context.Texts.Number(change.Changed, "N0"),
                context.Texts.Number(change.Unchanged, "N0"));
        }

        context.Say("Import.Preview.Title");
        context.Console.Write(table);
        return ExitCodes.Success;
    }
}
