using System.CommandLine;
using System.Globalization;
using InternalControl.Application.Import;
using InternalControl.Application.Samples;
using InternalControl.Cli.CommandLine;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;

namespace InternalControl.Cli.Commands;

/// <summary>`ic sample --country kg|kz --pupils N --out DIR [--seed 42] [--year 2026-2027]`: a realistic sample school as a CSV folder.</summary>
internal sealed class SampleCommand : ICommandDefinition
{
    public Command Build(Localizer texts, CommandRunner runner)
    {
        var country = new Option<string>("--country") { Description = texts.Get("Cli.Init.Country"), Required = true };
        var pupils = new Option<int>("--pupils") { Description = texts.Get("Cli.Sample.Pupils"), DefaultValueFactory = _ => 240 };
        var output = new Option<string>("--out") { Description = texts.Get("Cli.Sample.Out"), Required = true };
        var seed = new Option<int>("--seed") { Description = texts.Get("Cli.Sample.Seed"), DefaultValueFactory = _ => 42 };
        var year = new Option<string>("--year") { Description = texts.Get("Cli.Init.Year"), DefaultValueFactory = _ => "2026-2027" };
        var command = new Command("sample", texts.Get("Cli.Sample.Description")) { country, pupils, output, seed, year };
        runner.Bind(command, (context, parse) =>
        {
            if (!Codes.TryParseCountry(parse.GetValue(country), out var countryCode))
            {
                throw new UserErrorException("Cli.Error.BadCountry", parse.GetValue(country));
            }

            var count = parse.GetValue(pupils);
            if (count is < 1 or > SampleOptions.MaxPupils)
            {
                throw new UserErrorException("Cli.Error.BadPupilCount", count, SampleOptions.MaxPupils);
            }

            var schoolYear = parse.GetValue(year)!;
            if (CalendarCatalog.Find(countryCode.Code(), schoolYear) is null)
            {
                throw new UserErrorException("Cli.Error.NoCalendarForSample", schoolYear, string.Join(", ", CalendarCatalog.All.Where(c => c.Country == countryCode.Code()).Select(c => c.Year)));
            }

            var asOf = context.Clock == TimeProvider.System ? (DateOnly?)null : Kernel.Time.SchoolTime.Today(context.Clock, countryCode);
            var written = SampleSchool.Write(new SampleOptions(countryCode, count, parse.GetValue(seed), schoolYear, asOf), parse.GetValue(output)!, parse.GetValue(context.Options.Force));
            var summary = written.Value ?? throw new UserErrorException(written.Diagnostics[0]);
            if (context.Json)
            {
                context.WriteJson(new { school = summary.SchoolName, year = summary.Year, as_of = IsoDate.Text(summary.AsOf), written = summary.Counts });
            }
            else
            {
                context.Say("Cli.Sample.Done", summary.SchoolName, Path.GetFullPath(parse.GetValue(output)!), context.Texts.Date(summary.AsOf));
                foreach (var entity in ImportOutcome.Entities)
                {
                    if (summary.Counts.TryGetValue(entity, out var rows))
                    {
                        context.Say("Import.Summary.Count", context.Texts.Get(ImportOutcome.EntityKey(entity)), rows);
                    }
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
