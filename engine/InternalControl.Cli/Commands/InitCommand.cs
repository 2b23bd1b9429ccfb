using System.CommandLine;
using System.Text.RegularExpressions;
using InternalControl.Application.Policies;
using InternalControl.Application.Workspaces;
using InternalControl.Storage.Database;
using InternalControl.Cli.CommandLine;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;
/// <summary>`ic init --country kg|kz --school NAME [--year 2026-2027] [--rural] [--six-day-week] [--engine nrules|compiled]`: creates the database and the school.</summary>
internal sealed partial class InitCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var country = new Option<string>("--country") { Description = texts.Get("Cli.Init.Country"), Required = true };
        var school = new Option<string>("--school") { Description = texts.Get("Cli.Init.School"), Required = true };
        var year = new Option<string?>("--year") { Description = texts.Get("Cli.Init.Year") };
        var rural = new Option<bool>("--rural") { Description = texts.Get("Cli.Init.Rural") };
        var sixDays = new Option<bool>("--six-day-week") { Description = texts.Get("Cli.Init.SixDayWeek") };
        var engine = new Option<string?>("--engine") { Description = texts.Get("Cli.Engine.InitOption", RuleEngines.Code(RuleEngines.Default)) };
        var createFolder = new Option<bool>("--create-folder") { Description = texts.Get("Cli.Init.CreateFolder") };
        var command = new Command("init", texts.Get("Cli.Init.Description")) { country, school, year, rural, sixDays, engine, createFolder };
        runner.Bind(command, (context, parse) =>
        {
            var chosen = EngineOption.Chosen(parse, engine);

            if (!Codes.TryParseCountry(parse.GetValue(country), out var countryCode))
            {
                throw new UserErrorException("Cli.Error.BadCountry", parse.GetValue(country));
            }

            var name = parse.GetValue(school)!.Trim();
            if (name.Length == 0)
            {
                throw new UserErrorException("Cli.Error.EmptySchoolName");
            }

            var schoolYear = parse.GetValue(year) ?? CalendarCatalog.YearOf(SchoolTime.Today(context.Clock, countryCode));
            if (!YearPattern().IsMatch(schoolYear) || int.Parse(schoolYear[..4]) + 1 != int.Parse(schoolYear[5..]))
            {
                throw new UserErrorException("Cli.Error.BadYear", schoolYear);
            }

            var native = countryCode == Country.Kz ? Language.Kk : Language.Ky;
            var first = context.ExplicitLanguage ?? native;
            Language[] languages = first == Language.Ru ? [Language.Ru, native] : [first, Language.Ru];
            context.UseSchoolLanguage(first);

            if (DatabaseTarget.LooksLikePostgres(context.DatabasePath) && DatabaseTarget.Parse(context.DatabasePath) is null)
            {
                throw new UserErrorException("Database.Error.BadConnectionString");
            }

            var opened = Workspace.Create(context.DatabasePath, parse.GetValue(createFolder));
            if (!opened.Succeeded)
            {
                throw new UserErrorException(opened.Errors.First());
            }

            var database = opened.Value;
            var store = database.Schools;
            if (store.FindSchool(name) is not null)
            {
                throw new UserErrorException("Cli.Error.SchoolExists", name);
            }

            var created = store.CreateSchool(name, countryCode, languages, parse.GetValue(rural), schoolYear);
            if (chosen is { } kind)
            {
                store.SetRuleEngine(created.Id, RuleEngines.Code(kind));
            }

            if (parse.GetValue(sixDays))
            {
                store.SetSixDayWeek(created.Id, true);
            }

            // The country's shipped policy is the school's baseline from day one; overlays come with ic policy set.
            var shipped = ShippedPolicies.For(countryCode);
            foreach (var source in shipped)
            {
                database.Policies.Attach(created.Id, source, context.Clock.GetUtcNow(), "cli", shipped: true);
            }

            if (context.Json)
            {
                context.WriteJson(new { school = created.Name, country = created.Country.Code(), year = created.Year, database = database.Path });
            }
            else
            {
                context.Say("Cli.Init.Done", created.Name, context.Texts.Get(created.Country.TextKey()), created.Year, database.Path);
                if (shipped.Count > 0)
                {
                    context.Say("Cli.Init.Policies", string.Join(", ", shipped.Select(s => s.File)));
                }

                if (CalendarCatalog.Find(created.Country.Code(), created.Year) is null)
                {
                    context.Say("Cli.Init.NoCalendar", created.Year);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    [GeneratedRegex(@"^\d{4}-\d{4}$")]
    private static partial Regex YearPattern();
}
