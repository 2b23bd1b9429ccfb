using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// Leases, so that several workers share one database: a worker takes due timers and unsent messages by setting
/// their lease (until when, as UTC ISO text, and who holds it), and the others pass over them until it has expired. A worker that dies
/// leaves its leases to expire, and another takes the rows up.
/// </summary>
[Migration(2006, "Leases on timers and outbox messages")]
public sealed class M2006_Leases : PortableMigration
{
    public override void Up()
    {
        Sql("""
            ALTER TABLE wf_timers ADD COLUMN lease_until TEXT NULL;
            ALTER TABLE wf_timers ADD COLUMN lease_owner TEXT NULL;
            ALTER TABLE wf_outbox ADD COLUMN lease_until TEXT NULL;
            ALTER TABLE wf_outbox ADD COLUMN lease_owner TEXT NULL;
            """);
    }

    public override void Down()
    {
        Sql("""
            ALTER TABLE wf_outbox DROP COLUMN lease_owner;
            ALTER TABLE wf_outbox DROP COLUMN lease_until;
            ALTER TABLE wf_timers DROP COLUMN lease_owner;
            ALTER TABLE wf_timers DROP COLUMN lease_until;
            """);
    }
}
