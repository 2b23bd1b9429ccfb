using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// The failed messages by school, in a partial index: the heads' dashboard and inbox list them on every view, and they
/// are few among the school's messages. The SQLite rebuild of the outbox in 2201 recreates it, for a database that had
/// this migration before that one.
/// </summary>
[Migration(2401, "Failed messages index")]
public sealed class M2401_FailedMessagesIndex : PortableMigration
{
    public override void Up() => Sql("CREATE INDEX IF NOT EXISTS ix_wf_outbox_failed ON wf_outbox (school_id, id) WHERE state = 'failed';");

    public override void Down() => Sql("DROP INDEX ix_wf_outbox_failed;");
}
