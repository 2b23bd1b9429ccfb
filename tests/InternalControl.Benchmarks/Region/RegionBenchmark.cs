using System.Diagnostics;
using Dapper;
using InternalControl.Application.Demo;
using InternalControl.Application.Import;
using InternalControl.Application.Policies;
using InternalControl.Application.Samples;
using InternalControl.Application.Workers;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;
using InternalControl.Testing;
using InternalControl.Testing.Postgres;

namespace InternalControl.Benchmarks.Region;

/// <summary>
/// `-- region [--schools 100] [--pupils 500]`: a region in one PostgreSQL (IC_TEST_POSTGRES, or a private cluster), each
/// school a sample Kyrgyz school of its own seed with the shipped policy, imported as a school imports. Then one whole
/// night (each school evaluated once, its cases started, its timers fired and its outbox sent) by `ic worker`'s pool
/// with 1, 2 and 4 workers, each on its own copy of the region (the server's template copy), on the sample's date.
/// </summary>
public static class RegionBenchmark
{
    public static int Run(int schools = 100, int pupils = 500)
    {
        using var cluster = PostgresCluster.StartOrConnect();
        using var temp = new TempFolder();
        var template = cluster.CreateDatabase();
        var generate = Stopwatch.StartNew();
        DateOnly asOf = default;
        var database = Workspace.OpenDatabase(template);
        for (var i = 1; i <= schools; i++)
        {
            var folder = temp.File("school-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!SampleSchool.Write(new SampleOptions(Country.Kg, pupils, Seed: i), folder).Succeeded)
            {
                Console.Error.WriteLine("region-bench: a sample school could not be written");
                return 1;
            }

            var manifest = SampleManifest.Read(folder);
            asOf = manifest.AsOf;
            var school = database.Schools.CreateSchool($"{manifest.Name} ({i})", Country.Kg, manifest.Languages, false, manifest.Year);
            foreach (var policy in ShippedPolicies.For(Country.Kg))
            {
                database.Policies.Attach(school.Id, policy, SchoolTime.MorningOf(asOf));
            }

            var imported = new SchoolImporter(database).Import(school, folder);
            if (!imported.Succeeded)
            {
                Console.Error.WriteLine("region-bench: a sample school did not import");
                return 1;
            }

            Directory.Delete(folder, recursive: true);
        }

        long marks;
        long pupilCount;
        using (var connection = database.OpenConnection())
        {
            marks = connection.ExecuteScalar<long>("SELECT count(*) FROM marks");
            pupilCount = connection.ExecuteScalar<long>("SELECT count(*) FROM pupils");
        }

        SchoolDatabase.ReleaseAll();
        Console.WriteLine($"region-bench: generated schools={schools} pupils={pupilCount} marks={marks} generate_s={generate.Elapsed.TotalSeconds:F0}");

        var nights = new Dictionary<int, double>();
        foreach (var workers in new[] { 1, 2, 4 })
        {
            var copy = cluster.CopyDatabase(template);
            var region = Workspace.OpenDatabase(copy);
            var clock = new FixedClock(SchoolTime.MorningOf(asOf));
            var pool = new WorkerPool(region, clock, new WorkerOptions(workers, "bench", temp.File($"outbox-{workers}.txt")) { Once = true });
            var watch = Stopwatch.StartNew();
            var round = pool.Run(CancellationToken.None);
            nights[workers] = watch.Elapsed.TotalSeconds;
            var done = new NightLeases(region).Runs(asOf);
            Console.WriteLine($"region-bench: workers={workers} night_s={nights[workers]:F1} evaluated={round.Evaluated} nights_done={done.Count} evaluated_twice={done.Count(d => d.Value > 1)} fired={round.Fired} sent={round.Sent} opened={round.Opened}");
            SchoolDatabase.ReleaseAll();
            cluster.DropDatabase(copy);
            if (done.Count != schools)
            {
                Console.Error.WriteLine("region-bench: not every school's night was done");
                return 1;
            }
        }

        cluster.DropDatabase(template);
        Console.WriteLine(
            $"region-bench: schools={schools} pupils={pupilCount} night_s_1={nights[1]:F1} night_s_2={nights[2]:F1} night_s_4={nights[4]:F1} " +
            $"speedup_2={nights[1] / nights[2]:F2} speedup_4={nights[1] / nights[4]:F2}");
        return 0;
    }
}
