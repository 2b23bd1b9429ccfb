using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// The inbox reads a role's open tasks by role, and a role's tasks for the pupils of some classes by the pupils' cases:
/// without these, every open task of the school was read and joined with its case on every view of every inbox.
/// </summary>
[Migration(2471, "Inbox indexes by role and by pupil")]
public sealed class M2471_InboxIndexes : PortableMigration
{
    public override void Up() => Sql("""
        CREATE INDEX IF NOT EXISTS ix_wf_tasks_role ON wf_tasks (school_id, role) WHERE status = 'open';
        CREATE INDEX IF NOT EXISTS ix_wf_cases_pupil ON wf_cases (school_id, pupil_id);
        """);

    public override void Down() => Sql("DROP INDEX ix_wf_tasks_role; DROP INDEX ix_wf_cases_pupil;");
}
