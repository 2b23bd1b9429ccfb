using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// A commit costs about one WAL frame per B-tree it touches. Tasks and messages drop AUTOINCREMENT, so an insert no
/// longer reads and rewrites <c>sqlite_sequence</c> (their rows are never deleted, so ids are still never reused).
/// Timers are clustered on their identity (case, token, kind) instead of a rowid plus a unique index on it. The outbox
/// drops its unique key, which only repeated the journal's: a message is written in the transaction of its journal
/// entry, whose (case, seq) is the journal's primary key. Nothing references these tables, so each is rebuilt in place.
/// </summary>
[Migration(2004, "Fewer pages per workflow transition")]
public sealed class M2004_FewerPagesPerTransition : PortableMigration
{
    public override void Up()
    {
        Sql("""
            CREATE TABLE wf_tasks_new (
                id INTEGER PRIMARY KEY,
                school_id INTEGER NOT NULL,
                case_id INTEGER NOT NULL REFERENCES wf_cases(id),
                token INTEGER NOT NULL,
                step TEXT NOT NULL,
                role TEXT NOT NULL,
                assignee TEXT NULL,
                claimed_by TEXT NULL,
                status TEXT NOT NULL,
                created_at TEXT NOT NULL,
                due TEXT NULL,
                outcome TEXT NULL,
                fields TEXT NULL,
                completed_by TEXT NULL,
                completed_at TEXT NULL,
                UNIQUE (case_id, token));
            INSERT INTO wf_tasks_new SELECT id, school_id, case_id, token, step, role, assignee, claimed_by, status, created_at, due,
                outcome, fields, completed_by, completed_at FROM wf_tasks;
            DROP TABLE wf_tasks;
            ALTER TABLE wf_tasks_new RENAME TO wf_tasks;
            CREATE INDEX ix_wf_tasks_inbox ON wf_tasks (school_id, assignee) WHERE status = 'open';

            CREATE TABLE wf_timers_new (
                case_id INTEGER NOT NULL REFERENCES wf_cases(id),
                token INTEGER NOT NULL,
                kind TEXT NOT NULL,
                due TEXT NOT NULL,
                payload TEXT NULL,
                status TEXT NOT NULL,
                PRIMARY KEY (case_id, token, kind)) WITHOUT ROWID;
            INSERT INTO wf_timers_new SELECT case_id, token, kind, due, payload, status FROM wf_timers;
            DROP TABLE wf_timers;
            ALTER TABLE wf_timers_new RENAME TO wf_timers;
            CREATE INDEX ix_wf_timers_due ON wf_timers (due) WHERE status = 'pending';

            CREATE TABLE wf_outbox_new (
                id INTEGER PRIMARY KEY,
                school_id INTEGER NOT NULL,
                case_id INTEGER NOT NULL REFERENCES wf_cases(id),
                seq INTEGER NOT NULL,
                recipient_kind TEXT NOT NULL,
                recipient_id TEXT NOT NULL,
                language TEXT NOT NULL,
                template TEXT NOT NULL,
                text TEXT NOT NULL,
                created_at TEXT NOT NULL,
                sent_at TEXT NULL,
                attempts INTEGER NOT NULL DEFAULT 0);
            INSERT INTO wf_outbox_new SELECT id, school_id, case_id, seq, recipient_kind, recipient_id, language, template, text,
                created_at, sent_at, attempts FROM wf_outbox;
            DROP TABLE wf_outbox;
            ALTER TABLE wf_outbox_new RENAME TO wf_outbox;
            CREATE INDEX ix_wf_outbox_unsent ON wf_outbox (school_id) WHERE sent_at IS NULL;
            """);
    }

    public override void Down()
    {
        // The rebuilt tables hold the same rows; going back would only restore the costlier keys.
    }
}
