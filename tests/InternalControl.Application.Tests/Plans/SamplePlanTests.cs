using System.Globalization;
using InternalControl.Application.Import;
using InternalControl.Application.Samples;
using InternalControl.Kernel.Plans;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing;
using InternalControl.Testing.Databases;

namespace InternalControl.Application.Tests.Plans;

/// <summary>
/// The sample Kazakh school carries the internal control plan of seed 000 (seeds/plans/kz/vshk-000.csv, 141 controls
/// over the six directions of Order No. 130), with its people mapped onto the sample staff (issue 14, finding 2).
/// </summary>
public sealed class SamplePlanTests
{
    [Fact]
    public void KazakhSample_PlanImported_HoldsEveryRowOfTheSeedPlanForSampleStaff()
    {
        // Arrange
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "kz");
        SampleSchool.Write(new SampleOptions(Country.Kz, 60), folder);
        using var target = new TestDatabase(Backend.Sqlite, temp);
        var database = Workspaces.Workspace.OpenDatabase(target.Target);
        var school = database.Schools.CreateSchool("kz", Country.Kz, [Language.Kk, Language.Ru], false, "2026-2027");
        var seed = SeedRows();

        // Act
        var outcome = new SchoolImporter(database).Import(school, folder);
        var plan = database.Plans.Load(school.Id);

        // Assert: every control of the seed, in its order, with its topic, months, venue and output.
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Summary(CultureInfo.InvariantCulture)));
        Assert.Equal(141, seed.Count);
        Assert.Equal(seed.Select(r => (r["control_id"], r["topic"], r["month"], r["venue"], r["output"])),
            plan.Select(c => (c.Id, c.Topic, PlanCodes.MonthsText(c.Months), c.Venue.Code(), c.Output.Code())));
        Assert.Equal([49, 33, 21, 4, 12, 22], plan.GroupBy(c => c.Direction).OrderBy(g => g.Key).Select(g => g.Count()));

        // The people are the sample's: the director, the deputy, the psychologist and the social pedagogue hold their own rows.
        var staff = database.Schools.Load(school).Staff.ToDictionary(s => s.Id);
        Assert.All(plan, c => Assert.Contains(c.ResponsibleId, staff.Keys));
        Assert.Contains(StaffRole.Director, staff[plan.Single(c => c.Id == "1.05").ResponsibleId].Roles);
        Assert.Contains(StaffRole.Psychologist, staff[plan.Single(c => c.Id == "5.07").ResponsibleId].Roles);
    }

    [Fact]
    public void KyrgyzSample_WritesNoPlan()
    {
        // Arrange
        using var temp = new TempFolder();

        // Act
        var summary = SampleSchool.Write(new SampleOptions(Country.Kg, 30), temp.Path).Value!;

        // Assert: the ВШК plan is Kazakh (Order No. 130).
        Assert.False(File.Exists(Path.Combine(temp.Path, "plan.csv")));
        Assert.False(summary.Counts.ContainsKey("plan"));
    }

    /// <summary>The committed data file's rows, by header.</summary>
    private static List<Dictionary<string, string>> SeedRows()
    {
        using var reader = CsvHelper.CsvReader.Create(
            File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "seeds", "plans", "kz", "vshk-000.csv")),
            CsvHelper.CsvReaderOptions.Default with { HasHeader = true, Separator = ',' });
        var headers = reader.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(headers.Select((h, i) => (h, reader.GetString(i))).ToDictionary(p => p.h, p => p.Item2));
        }

        return rows;
    }
}
