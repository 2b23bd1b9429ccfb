using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// The workflow runtime's durable state: cases, human tasks, timers, the journal and the outbox.
/// One transition writes all of them in one transaction. Unique keys make every write idempotent:
/// one open case per (school, workflow, key), one task and one timer of a kind per case token, one
/// journal entry per case sequence number, one message per journal entry and recipient.
/// </summary>
[Migration(2001, "Workflow runtime")]
public sealed class M2001_WorkflowRuntime : PortableMigration
{
    public override void Up()
    {
        Sql("""
            CREATE TABLE wf_cases (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                school_id INTEGER NOT NULL REFERENCES schools(id),
                workflow TEXT NOT NULL,
                version INTEGER NOT NULL,
                hash TEXT NOT NULL,
                case_key TEXT NOT NULL,
                pupil_id TEXT NULL,
                subject_id TEXT NULL,
                term TEXT NULL,
                status TEXT NOT NULL,
                result TEXT NULL,
                state TEXT NOT NULL,
                next_seq INTEGER NOT NULL,
                row_version INTEGER NOT NULL,
                parent_case_id INTEGER NULL REFERENCES wf_cases(id),
                parent_token INTEGER NULL,
                started_by TEXT NOT NULL,
                started_at TEXT NOT NULL,
                closed_at TEXT NULL);
            CREATE UNIQUE INDEX ux_wf_cases_open_key ON wf_cases (school_id, workflow, case_key) WHERE status = 'open';
            CREATE INDEX ix_wf_cases_school ON wf_cases (school_id, status);

            CREATE TABLE wf_tasks (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
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
            CREATE INDEX ix_wf_tasks_inbox ON wf_tasks (school_id, status, assignee);

            CREATE TABLE wf_timers (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                case_id INTEGER NOT NULL REFERENCES wf_cases(id),
                token INTEGER NOT NULL,
                kind TEXT NOT NULL,
                due TEXT NOT NULL,
                payload TEXT NULL,
                status TEXT NOT NULL,
                UNIQUE (case_id, token, kind));
            CREATE INDEX ix_wf_timers_due ON wf_timers (status, due);

            CREATE TABLE wf_journal (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
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
                UNIQUE (case_id, seq));
            CREATE INDEX ix_wf_journal_register ON wf_journal (school_id, register, day);

            CREATE TABLE wf_outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
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
                attempts INTEGER NOT NULL DEFAULT 0,
                UNIQUE (case_id, seq, recipient_kind, recipient_id));
            CREATE INDEX ix_wf_outbox_unsent ON wf_outbox (sent_at);
            """);
    }

    public override void Down()
    {
        Sql("DROP TABLE wf_outbox; DROP TABLE wf_journal; DROP TABLE wf_timers; DROP TABLE wf_tasks; DROP TABLE wf_cases;");
    }
}
