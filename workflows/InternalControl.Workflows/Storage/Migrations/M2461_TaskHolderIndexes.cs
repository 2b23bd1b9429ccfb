using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// A person's tasks of every status, by assignee and by claimant: an inbox shows a role's open tasks for the pupils its
/// holder has (or had) a task for, and without these that question read every task the school ever had, on every view
/// of every inbox. The person comes first, so that a query by school alone keeps the open tasks' own index.
/// </summary>
[Migration(2461, "Task holder indexes")]
public sealed class M2461_TaskHolderIndexes : PortableMigration
{
    public override void Up() => Sql("""
        CREATE INDEX IF NOT EXISTS ix_wf_tasks_assignee ON wf_tasks (assignee, school_id);
        CREATE INDEX IF NOT EXISTS ix_wf_tasks_claimed ON wf_tasks (claimed_by, school_id);
        """);

    public override void Down() => Sql("DROP INDEX ix_wf_tasks_assignee; DROP INDEX ix_wf_tasks_claimed;");
}
