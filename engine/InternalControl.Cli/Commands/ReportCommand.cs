using System.CommandLine;
using InternalControl.Application.Control;
using InternalControl.Application.Policies;
using InternalControl.Application.Reports;
using InternalControl.Cli.CommandLine;
using InternalControl.Kernel.Time;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>`ic report NAME [--class ID] [--quarter N] [--month yyyy-MM] [--format table|csv|xlsx] [--out FILE]`.</summary>
internal sealed class ReportCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var name = new Argument<string>("NAME") { Description = texts.Get("Cli.Report.Name", string.Join(", ", AllNames)) };
        var month = new Option<string?>("--month") { Description = texts.Get("Cli.Report.Month") };
        var classId = new Option<string?>("--class") { Description = texts.Get("Cli.Report.Class") };
        var quarter = new Option<int?>("--quarter") { Description = texts.Get("Cli.Report.Quarter") };
        var format = new Option<string>("--format") { Description = texts.Get("Cli.Report.Format"), DefaultValueFactory = _ => "table" };
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
            if (kind is not ("table" or "csv" or "xlsx"))
            {
                throw new UserErrorException("Cli.Error.UnknownFormat", kind);
            }

            if (kind != "table" && string.IsNullOrWhiteSpace(path))
            {
                throw new UserErrorException("Cli.Error.OutRequired", kind);
            }

            ReportTable report;
            if (CaseReports.Names.Contains(reportName))
            {
                // 5.9, 5.10 and 9.3 read the case journal too; the year is the school's, as of --now.
                using var session = context.OpenSession();
                var number = parse.GetValue(quarter);
                if (number is < 1 or > 4)
                {
                    throw new UserErrorException("Cli.Error.BadQuarter", number);
                }

                var options = new CaseReportOptions(session.Workspace.Calendar, session.Workspace.Today) { Quarter = number, ClassId = parse.GetValue(classId) };
                report = CaseReports.Build(reportName, session, options, context.Texts);
            }
            else if (RegisterReports.Names.Contains(reportName))
            {
                // The registers are views over the workflow journal, so they need the school's runtime.
                using var session = context.OpenSession();
                var (year, monthNumber) = Month(parse.GetValue(month), session.Workspace.Today);
                report = reportName == RegisterReports.Monthly
                    ? RegisterReports.MonthlyReport(session.Registers, session.Data, year, monthNumber, context.Texts)
                    : RegisterReports.Register(reportName, session.Registers, session.Data, year, monthNumber, context.Texts);
            }
            else
            {
                var workspace = context.OpenWorkspace();
                var calendar = workspace.Calendar;
                var number = parse.GetValue(quarter) ?? calendar.QuarterOf(workspace.Today)?.Number ?? 1;
                if (number is < 1 or > 4)
                {
                    throw new UserErrorException("Cli.Error.BadQuarter", number);
                }

                var options = new ReportOptions(number) { Calendar = calendar, ClassId = parse.GetValue(classId) };
                if (reportName is SchoolReports.Evaluations or SchoolReports.CriteriaMarks)
                {
                    // The session loads the evaluation sheets' scores beside the school's data (without them the
                    // report was always empty) and the school's policy, whose parameters the report applies (the
                    // exemption, the quarter mark's weights).
                    using var session = context.OpenSession();
                    options = options.WithPolicy(session.Policy);
                    report = SchoolReports.Build(reportName, session.Data, options, context.Texts);
                }
                else
                {
                    report = SchoolReports.Build(reportName, workspace.Load(), options, context.Texts);
                }
            }

            switch (kind)
            {
                case "csv":
                    if (ReportWriter.WriteCsv(report, path!, context.Texts) is { } notCsv)
                    {
                        throw new UserErrorException(notCsv);
                    }

                    context.Say("Cli.Report.Written", Path.GetFullPath(path!));
                    break;
                case "xlsx":
                    if (ReportWriter.WriteXlsx(report, path!, context.Texts) is { } notXlsx)
                    {
                        throw new UserErrorException(notXlsx);
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

    private static IEnumerable<string> AllNames => SchoolReports.Names.Concat(RegisterReports.Names).Concat(CaseReports.Names);

    private static (int Year, int Month) Month(string? text, DateOnly today)
    {
        if (text is null)
        {
            return (today.Year, today.Month);
        }

        return IsoDate.TryParse(text + "-01", out var first)
            ? (first.Year, first.Month)
            : throw new UserErrorException("Cli.Error.BadMonth", text);
    }
}
