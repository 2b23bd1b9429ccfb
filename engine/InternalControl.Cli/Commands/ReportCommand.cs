using System.CommandLine;
using InternalControl.Application.Reports;
using InternalControl.Cli.CommandLine;
using InternalControl.Kernel.Time;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>`ic report NAME [--class ID] [--quarter N] [--month yyyy-MM] [--format table|csv|xlsx|docx] [--out FILE]`.</summary>
internal sealed class ReportCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var name = new Argument<string>("NAME") { Description = texts.Get("Cli.Report.Name", string.Join(", ", AllNames)) };
        var month = new Option<string?>("--month") { Description = texts.Get("Cli.Report.Month") };
        var classId = new Option<string?>("--class") { Description = texts.Get("Cli.Report.Class") };
        var quarter = new Option<int?>("--quarter") { Description = texts.Get("Cli.Report.Quarter") };
        var format = new Option<string>("--format") { Description = texts.Get("Cli.Report.Format", string.Join(", ", ReportCatalog.Documents)), DefaultValueFactory = _ => "table" };
        var output = new Option<string?>("--out") { Description = texts.Get("Cli.Report.Out") };
        var command = new Command("report", texts.Get("Cli.Report.Description")) { name, classId, quarter, month, format, output };
        runner.Bind(command, (context, parse) =>
        {
            var reportName = parse.GetValue(name)!;
            if (!AllNames.Contains(reportName))
            {
                throw new UserErrorException("Cli.Error.UnknownReport", reportName, string.Join(", ", AllNames));
            }

            var kind = parse.GetValue(format)!.ToLowerInvariant();
            var path = parse.GetValue(output);
            if (kind is not ("table" or "csv" or "xlsx" or "docx"))
            {
                throw new UserErrorException("Cli.Error.UnknownFormat", kind);
            }

            if (kind != "table" && string.IsNullOrWhiteSpace(path))
            {
                throw new UserErrorException("Cli.Error.OutRequired", kind);
            }

            if (kind == "docx" && !ReportCatalog.Writes(reportName, ReportFormat.Docx))
            {
                throw new UserErrorException("Cli.Error.NotADocument", reportName, string.Join(", ", ReportCatalog.Documents));
            }

            var number = parse.GetValue(quarter);
            if (number is < 1 or > 4)
            {
                throw new UserErrorException("Cli.Error.BadQuarter", number);
            }

            using var session = context.OpenSession();
            var request = new ReportRequest(reportName)
            {
                ClassId = parse.GetValue(classId),
                Quarter = number,
                Month = Month(parse.GetValue(month)),
            };
            var report = ReportCatalog.Build(request, session, context.Texts);
            var header = new ReportHeader(session.Workspace.School.Name, session.Workspace.Today);

            switch (kind)
            {
                case "csv" or "xlsx" or "docx":
                    var file = kind switch { "csv" => ReportFormat.Csv, "xlsx" => ReportFormat.Xlsx, _ => ReportFormat.Docx };
                    if (ReportWriter.Write(report, file, header, path!, context.Texts) is { } notWritten)
                    {
                        throw new UserErrorException(notWritten);
                    }

                    context.Say("Cli.Report.Written", Path.GetFullPath(path!));
                    break;
                default:
                    if (context.Json)
                    {
                        context.WriteJson(new
                        {
                            report = report.Name,
                            title = report.Title,
                            columns = report.Columns.Select(c => c.Key),
                            rows = report.Rows.Select(r => r.Select(c => c.Format(context.Texts))),
                        });
                    }
                    else
                    {
                        ReportConsole.Write(context.Console, report, context.Texts);
                    }

                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<string> AllNames => ReportCatalog.Names;

    // --month yyyy-MM; none means the month of today.
    private static DateOnly? Month(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return IsoMonth.TryParse(text, out var first)
            ? first
            : throw new UserErrorException("Cli.Error.BadMonth", text);
    }
}
