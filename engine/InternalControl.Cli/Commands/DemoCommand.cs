using System.CommandLine;
using InternalControl.Application.Cases;
using InternalControl.Application.Control;
using InternalControl.Application.Demo;
using InternalControl.Application.Import;
using InternalControl.Application.Policies;
using InternalControl.Application.Reports;
using InternalControl.Application.Workspaces;
using InternalControl.Cli.CommandLine;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Workflows.Journal;
using Spectre.Console;

namespace InternalControl.Cli.Commands;

/// <summary>
/// `ic demo`: the main job on an embedded default — a fresh SQLite database in a temporary folder, the
/// sample Kyrgyz school from samples/ with the shipped Kyrgyz policy: evaluate, open cases, four
/// simulated weeks of staff work with deadlines passing, then a summary in the reader's language.
/// </summary>
internal sealed class DemoCommand : ICommandDefinition
{
    private const int SchoolDays = 20;

    public Command Build(Localizer texts, CommandRunner runner)
    {
        var keep = new Option<bool>("--keep") { Description = texts.Get("Cli.Demo.Keep") };
        var serve = new Option<bool>("--serve") { Description = texts.Get("Cli.Demo.Serve") };
        var urls = ServeCommand.UrlsOption(texts);
        var command = new Command("demo", texts.Get("Cli.Demo.Description")) { keep, serve, urls };
        runner.Bind(command, (context, parse) =>
        {
            var folder = Path.Combine(SampleManifest.SamplesRoot, "kg-school");
            if (!File.Exists(Path.Combine(folder, "sample.json")))
            {
                throw new UserErrorException("Cli.Error.NoSample", folder);
            }

            var manifest = SampleManifest.Read(folder);
            context.UseSchoolLanguage(manifest.Languages[0]);
            var temp = Path.Combine(Path.GetTempPath(), "ic-demo-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(temp);
            try
            {
                var address = parse.GetValue(serve) ? parse.GetValue(urls) ?? ServeCommand.DefaultUrls : null;
                return Run(context, manifest, folder, Path.Combine(temp, "demo.db"), parse.GetValue(context.Options.Now) is null, address);
            }
            finally
            {
                SchoolDatabase.ReleaseAll();
                if (!parse.GetValue(keep))
                {
                    TryDelete(temp);
                }
            }
        });
        return command;
    }

    private static int Run(CommandContext context, SampleManifest manifest, string folder, string databasePath, bool useSampleDate, string? serveAt)
    {
        var texts = context.Texts;
        var policies = ShippedPolicies.For(manifest.Country);
        if (policies.Count == 0)
        {
            throw new UserErrorException("Cli.Error.NoShippedPolicy", ShippedPolicies.Root);
        }

        var start = useSampleDate ? manifest.AsOf : SchoolTime.Today(context.Clock, manifest.Country);
        var clock = new SteppingClock(SchoolTime.MorningOf(start));
        var (database, school, outcome) = DemoSchool.Create(folder, manifest, databasePath, clock.GetUtcNow());
        context.Say("Cli.Demo.Intro", manifest.Name, texts.Date(start), database.Path);
        if (!outcome.Succeeded)
        {
            outcome.Summary(texts.Culture).ToList().ForEach(context.Line);
            return ExitCodes.InternalFault;
        }

        var opened = Workspace.Open(databasePath, school.Name, clock);
        using var session = SchoolSession.Open(opened.Value!).Value ?? throw new InvalidOperationException("The shipped policy does not compile.");
        var data = session.Data;
        var calendar = session.Workspace.Calendar;
        var quarter = calendar.QuarterOf(start);
        context.Console.Write(new Rule(Markup.Escape(texts.Get("Cli.Demo.SchoolHeading"))));
        context.Say("Cli.Demo.SchoolLine", data.Classes.Count, data.Pupils.Count, data.Staff.Count, data.Marks.Count, data.Absences.Count);
        if (quarter is not null)
        {
            context.Say("Cli.Demo.QuarterLine", quarter.Number, texts.Date(quarter.Start), texts.Date(quarter.End), calendar.SchoolDaysBetween(start, quarter.End));
        }

        var first = session.Evaluate();
        context.Say("Cli.Demo.Evaluated", session.Policy!.Name, first.Result!.Firings.Count, first.Opened);
        context.Say("Cli.Demo.Simulating", SchoolDays);
        DemoTally tally = new();
        context.Console.Progress().Start(progress =>
        {
            var task = progress.AddTask(Markup.Escape(texts.Get("Cli.Demo.Weeks")), maxValue: SchoolDays);
            tally = DemoWeeks.Run(session, clock, SchoolDays, texts.Language, _ => task.Increment(1));
        });
        context.Say("Cli.Demo.WeeksDone", texts.Date(session.Workspace.Today), tally.Completed, tally.Refused, tally.TimersFired, tally.Opened, tally.Reopened);
        Summary(context, session);
        Kazakh(context, Path.GetDirectoryName(databasePath)!, start);
        if (serveAt is not null)
        {
            DemoServe.Run(context, opened.Value!, serveAt);
        }

        return ExitCodes.Success;
    }

    /// <summary>The Kazakh half: the sample Kazakh school, its evaluation-sheet scores, the policy's decisions and the matrix report.</summary>
    private static void Kazakh(CommandContext context, string temp, DateOnly start)
    {
        var texts = context.Texts;
        var folder = Path.Combine(SampleManifest.SamplesRoot, "kz-school");
        var manifest = SampleManifest.Read(folder);
        var clock = new SteppingClock(SchoolTime.MorningOf(start));
        var (database, school, outcome) = DemoSchool.Create(folder, manifest, Path.Combine(temp, "demo-kz.db"), clock.GetUtcNow());
        var staff = database.Schools.Load(school).Staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var policy = PolicyCache.Compile(database.Path, database.Policies.Sources(school.Id)).Value?.Rules;
        var matrix = DecisionMatrix.From(policy) ?? throw new InvalidOperationException("The shipped Kazakh policy has no decision matrix.");
        var scores = ScoreImporter.Read(Path.Combine(folder, "scores.csv"), matrix, staff, staff);
        if (!outcome.Succeeded || !scores.Succeeded)
        {
            outcome.Summary(texts.Culture).Concat(scores.Errors.Select(e => e.Describe(texts.Culture))).ToList().ForEach(context.Line);
            throw new InvalidOperationException("The sample Kazakh school does not import.");
        }

        database.Scores.Save(school.Id, scores.Scores);
        context.Console.Write(new Rule(Markup.Escape(texts.Get("Cli.Demo.KazakhHeading", manifest.Name))));
        var opened = Workspace.Open(database.Path, school.Name, clock);
        using var session = SchoolSession.Open(opened.Value!).Value ?? throw new InvalidOperationException("The shipped Kazakh policy does not compile.");
        var run = session.Evaluate();
        context.Say("Cli.Demo.KazakhLine", session.Policy!.Name, run.Result!.Firings.Count, run.Result.Decisions.Count, session.Data.Scores.Count);

        // Direction III from the journal's ФО, СОР and СОЧ points: failing pupils (gap work) and the quality reserve.
        var monitoring = run.Starts.Where(s => s.Start.Ok && s.Start.Created && s.Intent.PupilId is not null).ToList();
        context.Say("Cli.Demo.KazakhMonitoring", monitoring.Count, monitoring.Select(s => s.Intent.PupilId).Distinct().Count());
        var calendar = session.Workspace.Calendar;
        var options = new ReportOptions(calendar.QuarterOf(start)?.Number ?? 1) { Calendar = calendar }.WithPolicy(session.Policy);
        var evaluations = SchoolReports.Build(SchoolReports.Evaluations, session.Data, options, texts);
        ReportConsole.Write(context.Console, evaluations with { Rows = evaluations.Rows.Take(8).ToList() }, texts);
        context.Say("Cli.Demo.RowsShown", Math.Min(8, evaluations.Rows.Count), evaluations.Rows.Count);
        DemoPlan.Run(context, session, clock);
    }

    private static void Summary(CommandContext context, SchoolSession session)
    {
        var texts = context.Texts;
        var cases = session.Runtime.Cases();
        context.Console.Write(new Rule(Markup.Escape(texts.Get("Cli.Demo.CasesHeading"))));
        var byStep = new Table().AddColumn(texts.Get("Cli.Cases.Steps")).AddColumn(new TableColumn(texts.Get("Cli.Demo.CaseCount")).RightAligned());
        foreach (var group in cases.Where(c => c.IsOpen).SelectMany(c => c.CurrentSteps.Take(1)).GroupBy(s => s).OrderByDescending(g => g.Count()))
        {
            byStep.AddRow(Markup.Escape(texts.GetOr("Workflows.Step." + group.Key, group.Key)), group.Count().ToString(texts.Culture));
        }

        foreach (var group in cases.Where(c => !c.IsOpen).GroupBy(c => c.Result ?? "").OrderByDescending(g => g.Count()))
        {
            byStep.AddRow(Markup.Escape(texts.Get("Cli.Demo.Closed", texts.GetOr("Workflows.Outcome." + group.Key, group.Key))), group.Count().ToString(texts.Culture));
        }

        context.Console.Write(byStep);
        var journal = cases.SelectMany(c => session.Runtime.Journal(c.Id)).ToList();
        var outbox = session.Runtime.Outbox();
        context.Say(
            "Cli.Demo.JournalLine",
            journal.Count,
            journal.Count(e => e.Kind == JournalKind.Reminded),
            journal.Count(e => e.Kind == JournalKind.Escalated),
            journal.Count(e => e.Register is not null));
        context.Say(
            "Cli.Demo.OutboxLine",
            outbox.Count,
            string.Join(", ", outbox.GroupBy(m => m.Language).OrderBy(g => g.Key).Select(g => $"{g.Key.Code()} {g.Count()}")));

        var calendar = session.Workspace.Calendar;
        var options = new ReportOptions(calendar.QuarterOf(session.Workspace.Today)?.Number ?? 1) { Calendar = calendar };
        var lowAchievers = SchoolReports.Build("low-achievers", session.Data, options, texts);
        ReportConsole.Write(context.Console, lowAchievers with { Rows = lowAchievers.Rows.Take(8).ToList() }, texts);
        context.Say("Cli.Demo.RowsShown", Math.Min(8, lowAchievers.Rows.Count), lowAchievers.Rows.Count);
        var caseOptions = new CaseReportOptions(calendar, session.Workspace.Today);
        context.Say("Reports.Demo.CaseReports", [.. CaseReports.Names.Select(n => (object)CaseReports.Build(n, session, caseOptions, texts).Rows.Count)]);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temp folder; a demo must not fail on its way out.
        }
    }
}
