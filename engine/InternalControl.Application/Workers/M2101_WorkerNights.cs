using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Application.Workers;

/// <summary>
/// The nightly evaluation's leases: one row per school and school night, taken by one worker at a time
/// (<see cref="NightLeases"/>), so that workers sharing a database split the schools and no school is evaluated twice
/// on one night. <c>runs</c> counts the claims, so a second evaluation (after a worker died mid-way) shows.
/// </summary>
[Migration(2101, "Nightly evaluation leases")]
public sealed class M2101_WorkerNights : PortableMigration
{
    public override void Up() =>
        Sql("""
            CREATE TABLE worker_nights (
                school_id INTEGER NOT NULL REFERENCES schools(id),
                night TEXT NOT NULL,
                lease_owner TEXT NOT NULL,
                lease_until TEXT NOT NULL,
                runs INTEGER NOT NULL DEFAULT 1,
                done_at TEXT NULL,
                PRIMARY KEY (school_id, night));
            """);

    public override void Down() => Sql("DROP TABLE worker_nights;");
}
