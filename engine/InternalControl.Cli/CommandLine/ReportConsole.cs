using InternalControl.Application.Reports;
using InternalControl.Localization;
using Spectre.Console;

namespace InternalControl.Cli.CommandLine;

/// <summary>Lays a report table out on the console: title, a Spectre table, then the notes on how it was computed.</summary>
internal static class ReportConsole
{
    public static void Write(IAnsiConsole console, ReportTable report, Localizer texts)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(report.Title)) };
        foreach (var column in report.Columns)
        {
            table.AddColumn(Markup.Escape(column.Heading));
        }

        foreach (var row in report.Rows)
        {
            table.AddRow(row.Select(cell => Markup.Escape(cell.Format(texts))).ToArray());
        }

        console.Write(table);
        foreach (var note in report.Notes)
        {
            console.WriteLine(note);
        }
    }
}
