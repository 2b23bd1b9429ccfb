using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Samples;

/// <summary>
/// Generates a made-up school as the eight CSV files the importer reads (plus sample.json describing it):
/// realistic names, curriculum, staff, marks and absences, the same bytes for the same options.
/// </summary>
public static class SampleSchool
{
    /// <summary>
    /// Writes the sample school described by <paramref name="options"/> into <paramref name="folder"/> (created when
    /// missing). A folder that already holds CSV files is refused unless <paramref name="replace"/>; each file is written
    /// whole or not at all (<see cref="Files.FileOutput"/>).
    /// </summary>
    public static Result<SampleSummary> Write(SampleOptions options, string folder, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Pupils);
        var calendar = CalendarCatalog.Find(options.Country.Code(), options.Year)
            ?? throw new ArgumentException("No built-in calendar for " + options.Country.Code() + " " + options.Year, nameof(options));
        var asOf = options.AsOf ?? new DateOnly(calendar.Start.Year, 11, 27);

        // One generator, read in a fixed order: the files depend on the seed alone.
        var random = new Random(options.Seed);
        var data = new SampleData();
        var structure = new SampleStructure(random, options, data);
        structure.Build();
        new SampleJournal(random, calendar, asOf, options.Country, data).Build();
        var counts = new Dictionary<string, int>
        {
            ["classes"] = data.Classes.Count,
            ["staff"] = data.Staff.Count,
            ["pupils"] = data.Pupils.Count,
            ["parents"] = data.Parents.Count,
            ["subjects"] = data.Subjects.Count,
            ["teaching"] = data.Teaching.Count,
            ["marks"] = data.Marks.Count,
            ["absences"] = data.Absences.Count,
            ["contacts"] = SampleContacts.Of(data).Count,
        };

        // Teachers' categories and courses are Kazakh (seed 003): a Kyrgyz sample writes no teacher_qualifications.csv.
        if (SampleQualifications.Of(options.Country, data, asOf).Count is > 0 and var qualifications)
        {
            counts["teacher_qualifications"] = qualifications;
        }

        // The internal control plan is Kazakh (Order No. 130): a Kyrgyz sample has none.
        if (SamplePlan.Rows(options.Country, data).Count is > 0 and var plan)
        {
            counts["plan"] = plan;
        }

        var summary = new SampleSummary(Name(options.Country), options.Country, [structure.Main, Language.Ru], options.Year, asOf, counts);
        return SampleWriter.Write(data, summary, options, folder, replace) is { } refusal
            ? Result<SampleSummary>.Failure([refusal])
            : Result<SampleSummary>.From(summary, []);
    }

    /// <summary>An invented school name in the style of the country's schools ("Future", in each language).</summary>
    private static string Name(Country country) => country == Country.Kz
        ? "№27 «Болашақ» жалпы білім беретін мектебі"
        : "№31 «Келечек» орто мектеби";
}
