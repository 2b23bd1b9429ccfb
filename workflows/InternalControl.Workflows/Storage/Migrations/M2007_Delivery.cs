using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// Delivery state of each outbox message: the channel it is on (null until the first try; a code of
/// <c>ContactChannel</c>), the tries on that channel, when it is tried next (UTC, ISO 8601; null: at once) and its
/// state (pending, sent, failed). A failed message stays in the table (shown to the deputy director and retried by
/// <c>ic outbox retry</c>); nothing is ever deleted. The partial index holds only the pending messages, by school and time.
/// </summary>
[Migration(2007, "Outbox delivery state")]
public sealed class M2007_Delivery : PortableMigration
{
    public override void Up()
    {
        Sql("""
            ALTER TABLE wf_outbox ADD COLUMN channel TEXT NULL;
            ALTER TABLE wf_outbox ADD COLUMN tries INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE wf_outbox ADD COLUMN next_attempt TEXT NULL;
            ALTER TABLE wf_outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'pending';
            UPDATE wf_outbox SET state = 'sent' WHERE sent_at IS NOT NULL;
            DROP INDEX ix_wf_outbox_unsent;
            CREATE INDEX ix_wf_outbox_pending ON wf_outbox (school_id, next_attempt) WHERE state = 'pending';
            """);
    }

    public override void Down()
    {
        Sql("""
            DROP INDEX ix_wf_outbox_pending;
            CREATE INDEX ix_wf_outbox_unsent ON wf_outbox (school_id) WHERE sent_at IS NULL;
            ALTER TABLE wf_outbox DROP COLUMN state;
            ALTER TABLE wf_outbox DROP COLUMN next_attempt;
            ALTER TABLE wf_outbox DROP COLUMN tries;
            ALTER TABLE wf_outbox DROP COLUMN channel;
            """);
    }
}
