using InternalControl.Application.Import;
using Spectre.Console;

namespace InternalControl.Cli.CommandLine;

/// <summary>Prints located import errors (file or workbook and sheet, row, column, message) as JSON or as a table, for every command that imports a file.</summary>
internal static class ImportErrorsOutput
{
    public static void Write(CommandContext context, IReadOnlyList<ImportError> errors)
    {
        var culture = context.Texts.Culture;
        if (context.Json)
        {
            context.WriteJson(new { errors = errors.Select(e => new { file = e.Workbook ?? e.File, sheet = e.Workbook is null ? null : e.File, row = e.Row, column = e.Column, message = e.Message(culture) }) });
            return;
        }

        var table = new Table()
            .AddColumn(context.Texts.Get("Cli.Import.File"))
            .AddColumn(new TableColumn(context.Texts.Get("Cli.Import.Row")).RightAligned())
            .AddColumn(context.Texts.Get("Cli.Import.Column"))
            .AddColumn(context.Texts.Get("Cli.Import.Message"));
        foreach (var error in errors)
        {
            table.AddRow(Markup.Escape(error.Place(culture)), error.Row == 0 ? "" : error.Row.ToString(culture), Markup.Escape(error.Column), Markup.Escape(error.Message(culture)));
        }

        context.Say("Import.Summary.Failed", errors.Count);
        context.Console.Write(table);
    }
}
