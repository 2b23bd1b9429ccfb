using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// Whether an outbox message asks its recipient something (1: it came from a workflow step marked <c>ask</c>, such as an
/// invitation to a council or a diary notice to acknowledge): a parent's page lists only those. Messages written before
/// this migration, rule notices and sign-in links hold 0.
/// </summary>
[Migration(2411, "Outbox messages that ask their recipient something")]
public sealed class M2411_AskingMessages : PortableMigration
{
    public override void Up() => Sql("ALTER TABLE wf_outbox ADD COLUMN asks INTEGER NOT NULL DEFAULT 0;");

    public override void Down() => Sql("ALTER TABLE wf_outbox DROP COLUMN asks;");
}
