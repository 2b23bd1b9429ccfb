using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// Whether an outbox message asks its recipient something (1: it came from a workflow step marked <c>ask</c>, such as an
/// invitation to a council or a diary notice to acknowledge): a parent's page lists only those. Messages written before
/// this migration, rule notices and sign-in links hold 0.
/// </summary>
/// <remarks>
/// No later migration sets the marker of the older messages, because the stored data cannot tell it: the marker is the
/// <c>ask</c> clause of the step a message came from, and that clause arrived with this migration, so no definition a
/// case before it ran on carries it. The template does not tell it either: a task's messages have the same templates
/// (Task.Assigned, Task.Reminder, Task.Overdue) whether the step asks or not, a school's own policy may send one
/// template from steps of both kinds, and a list of the shipped policies' templates would be regulation content in C#.
/// Marking them by the school's policy of today would give a later version's clause to cases of an earlier one, and
/// would make a migration's outcome depend on the parser of the day it runs.
/// </remarks>
[Migration(2411, "Outbox messages that ask their recipient something")]
public sealed class M2411_AskingMessages : PortableMigration
{
    public override void Up() => Sql("ALTER TABLE wf_outbox ADD COLUMN asks INTEGER NOT NULL DEFAULT 0;");

    public override void Down() => Sql("ALTER TABLE wf_outbox DROP COLUMN asks;");
}
