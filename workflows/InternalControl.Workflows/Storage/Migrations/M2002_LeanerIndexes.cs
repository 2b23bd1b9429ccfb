using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// A transition's cost is mostly the pages it dirties (each is a WAL frame at commit): the journal becomes
/// clustered on (case, seq) without a rowid, and the working indexes (open tasks, pending timers, unsent
/// messages, register entries) become partial, so that closed and sent rows stop costing index writes.
/// </summary>
[Migration(2002, "Leaner workflow indexes")]
public sealed class M2002_LeanerIndexes : PortableMigration
{
    public override void Up()
    {
        Sql("""
            DROP INDEX ix_wf_cases_school;
            DROP INDEX ix_wf_tasks_inbox;
            CREATE INDEX ix_wf_tasks_inbox ON wf_tasks (school_id, assignee) WHERE status = 'open';
            DROP INDEX ix_wf_timers_due;
            CREATE INDEX ix_wf_timers_due ON wf_timers (due) WHERE status = 'pending';
            DROP INDEX ix_wf_outbox_unsent;
            CREATE INDEX ix_wf_outbox_unsent ON wf_outbox (school_id) WHERE sent_at IS NULL;

            CREATE TABLE wf_journal_clustered (
                school_id INTEGER NOT NULL,
                case_id INTEGER NOT NULL REFERENCES wf_cases(id),
                seq INTEGER NOT NULL,
                at TEXT NOT NULL,
                day TEXT NOT NULL,
                kind TEXT NOT NULL,
                step TEXT NULL,
                actor TEXT NOT NULL,
                token INTEGER NULL,
                register TEXT NULL,
                detail TEXT NULL,
                data TEXT NULL,
                PRIMARY KEY (case_id, seq)) WITHOUT ROWID;
            INSERT INTO wf_journal_clustered (school_id, case_id, seq, at, day, kind, step, actor, token, register, detail, data)
                SELECT school_id, case_id, seq, at, day, kind, step, actor, token, register, detail, data FROM wf_journal;
            DROP TABLE wf_journal;
            ALTER TABLE wf_journal_clustered RENAME TO wf_journal;
            CREATE INDEX ix_wf_journal_register ON wf_journal (school_id, register, day) WHERE register IS NOT NULL;
            """);
    }

    public override void Down()
    {
        Sql("""
            DROP INDEX ix_wf_journal_register;
            CREATE INDEX ix_wf_journal_register ON wf_journal (school_id, register, day);
            DROP INDEX ix_wf_outbox_unsent;
            CREATE INDEX ix_wf_outbox_unsent ON wf_outbox (sent_at);
            DROP INDEX ix_wf_timers_due;
            CREATE INDEX ix_wf_timers_due ON wf_timers (status, due);
            DROP INDEX ix_wf_tasks_inbox;
            CREATE INDEX ix_wf_tasks_inbox ON wf_tasks (school_id, status, assignee);
            CREATE INDEX ix_wf_cases_school ON wf_cases (school_id, status);
            """);
    }
}
