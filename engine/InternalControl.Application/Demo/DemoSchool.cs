using InternalControl.Application.Import;
using InternalControl.Application.Policies;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Database;

namespace InternalControl.Application.Demo;

/// <summary>A sample school set up as `ic init` and `ic import` would: a fresh database, the school, its country's shipped policy, its files.</summary>
public sealed record DemoSchool(SchoolDatabase Database, School School, ImportOutcome Import)
{
    public static DemoSchool Create(string folder, SampleManifest manifest, string databasePath, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var database = Workspace.OpenDatabase(databasePath);
        var school = database.Schools.CreateSchool(manifest.Name, manifest.Country, manifest.Languages, false, manifest.Year);
        foreach (var policy in ShippedPolicies.For(manifest.Country))
        {
            database.Policies.Attach(school.Id, policy, at, "", shipped: true);
        }

        return new DemoSchool(database, school, new SchoolImporter(database).Import(school, folder));
    }
}
