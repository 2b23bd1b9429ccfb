using System.CommandLine;
using InternalControl.Application.Demo;
using InternalControl.Application.Reports;
using InternalControl.Application.Workspaces;
using InternalControl.Cli.CommandLine;
using InternalControl.Engine.Calendars;
using InternalControl.Engine.Import;
using InternalControl.Engine.Schools;
using InternalControl.Engine.Storage;
using InternalControl.Engine.Time;
using InternalControl.Localization;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic demo`: the main job on an embedded default — a fresh SQLite database in a temporary folder, the
/// sample Kyrgyz school from samples/, and a summary in the reader's language.
/// </summary>
internal sealed class DemoCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var keep = new Option<bool>("--keep") { Description = texts.Get("Cli.Demo.Keep") };
        var command = new Command("demo", texts.Get("Cli.Demo.Description")) { keep };
        runner.Bind(command, (context, parse) =>
        {
            var folder = Path.Combine(SampleManifest.SamplesRoot, "kg-school");
            if (!File.Exists(Path.Combine(folder, "sample.json")))
            {
                throw new UserErrorException("Cli.Error.NoSample", folder);
            }

            var manifest = SampleManifest.Read(folder);
            context.UseSchoolLanguage(manifest.Languages[0]);
            var texts = context.Texts;
            var temp = Path.Combine(Path.GetTempPath(), "ic-demo-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(temp);
            try
            {
                var database = Workspace.OpenDatabase(Path.Combine(temp, "demo.db"));
                var school = new SchoolStore(database).CreateSchool(manifest.Name, manifest.Country, manifest.Languages, false, manifest.Year);
                var today = parse.GetValue(context.Options.Now) is null ? manifest.AsOf : SchoolTime.Today(context.Clock, school.Country);
                context.Say("Cli.Demo.Intro", manifest.Name, texts.Date(today), database.Path);

                ImportOutcome? outcome = null;
                context.Console.Status().Start(texts.Get("Cli.Demo.Importing"), _ => outcome = new SchoolImporter(database).Import(school, folder));
                if (!outcome!.Succeeded)
                {
                    foreach (var line in outcome.Summary(texts.Culture))
                    {
                        context.Line(line);
                    }

                    return ExitCodes.InternalFault;
                }

                var data = new SchoolStore(database).Load(school);
                var calendar = CalendarCatalog.FindOrPlain(school.Country.Code(), school.Year);
                var quarter = calendar.QuarterOf(today)?.Number ?? 1;
                context.Console.Write(new Rule(Markup.Escape(texts.Get("Cli.Demo.SchoolHeading"))));
                context.Say("Cli.Demo.SchoolLine", data.Classes.Count, data.Pupils.Count, data.Staff.Count, data.Marks.Count, data.Absences.Count);
                context.Say("Cli.Demo.QuarterLine", quarter, texts.Date(calendar.Quarters[quarter - 1].Start), texts.Date(calendar.Quarters[quarter - 1].End), calendar.SchoolDaysBetween(today, calendar.Quarters[quarter - 1].End));

                var options = new ReportOptions(quarter) { Calendar = calendar };
                var lowAchievers = SchoolReports.Build("low-achievers", data, options, texts);
                ReportConsole.Write(context.Console, lowAchievers with { Rows = lowAchievers.Rows.Take(12).ToList() }, texts);
                context.Say("Cli.Demo.RowsShown", Math.Min(12, lowAchievers.Rows.Count), lowAchievers.Rows.Count);
                return ExitCodes.Success;
            }
            finally
            {
                SchoolDatabase.ReleaseAll();
                if (!parse.GetValue(keep))
                {
                    try
                    {
                        Directory.Delete(temp, recursive: true);
                    }
                    catch (IOException)
                    {
                        // The OS cleans its temp folder; a demo must not fail on its way out.
                    }
                }
            }
        });
        return command;
    }
}
