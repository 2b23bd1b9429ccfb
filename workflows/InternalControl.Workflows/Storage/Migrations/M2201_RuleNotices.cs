using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// Rule notices (<c>notify ROLE "KEY"</c> in a rule) are messages, not cases: each is a row of <c>wf_notices</c>, unique per
/// school and key (rule, text, pupil, subject, term), and its messages are outbox rows that name the notice instead of a
/// case (<c>case_id</c> becomes nullable, <c>notice_id</c> is added, and <c>read_at</c> keeps when the recipient read a
/// notice, which has no journal). On SQLite the outbox is rebuilt, since SQLite cannot drop a NOT NULL; PostgreSQL alters it.
/// The closed cases of the built-in <c>notice</c> workflow that held notices until now are moved into the new table, their
/// messages relinked to their notice, and their case rows and journal entries removed (<see cref="NoticeCaseMove"/>).
/// </summary>
[Migration(2201, "Rule notices are outbox messages, not cases")]
public sealed class M2201_RuleNotices : PortableMigration
{
    public override void Up()
    {
        Sql("""
            CREATE TABLE wf_notices (
                id INTEGER PRIMARY KEY,
                school_id INTEGER NOT NULL REFERENCES schools(id),
                notice_key TEXT NOT NULL,
                rule TEXT NOT NULL,
                role TEXT NULL,
                template TEXT NOT NULL,
                pupil_id TEXT NULL,
                subject_id TEXT NULL,
                term TEXT NULL,
                recipients INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (school_id, notice_key));
            """);
        Dialects(
            sqlite: """
                CREATE TABLE wf_outbox_new (
                    id INTEGER PRIMARY KEY,
                    school_id INTEGER NOT NULL,
                    case_id INTEGER NULL REFERENCES wf_cases(id),
                    notice_id INTEGER NULL REFERENCES wf_notices(id),
                    seq INTEGER NOT NULL,
                    recipient_kind TEXT NOT NULL,
                    recipient_id TEXT NOT NULL,
                    language TEXT NOT NULL,
                    template TEXT NOT NULL,
                    text TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    sent_at TEXT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    lease_until TEXT NULL,
                    lease_owner TEXT NULL,
                    channel TEXT NULL,
                    tries INTEGER NOT NULL DEFAULT 0,
                    next_attempt TEXT NULL,
                    state TEXT NOT NULL DEFAULT 'pending',
                    read_at TEXT NULL,
                    CHECK ((case_id IS NULL) <> (notice_id IS NULL)));
                INSERT INTO wf_outbox_new (id, school_id, case_id, seq, recipient_kind, recipient_id, language, template, text, created_at,
                    sent_at, attempts, lease_until, lease_owner, channel, tries, next_attempt, state)
                SELECT id, school_id, case_id, seq, recipient_kind, recipient_id, language, template, text, created_at,
                    sent_at, attempts, lease_until, lease_owner, channel, tries, next_attempt, state FROM wf_outbox;
                DROP TABLE wf_outbox;
                ALTER TABLE wf_outbox_new RENAME TO wf_outbox;
                CREATE INDEX ix_wf_outbox_pending ON wf_outbox (school_id, next_attempt) WHERE state = 'pending';
                CREATE INDEX IF NOT EXISTS ix_wf_outbox_failed ON wf_outbox (school_id, id) WHERE state = 'failed';
                """,
            postgres: """
                ALTER TABLE wf_outbox ALTER COLUMN case_id DROP NOT NULL;
                ALTER TABLE wf_outbox ADD COLUMN notice_id BIGINT NULL REFERENCES wf_notices(id);
                ALTER TABLE wf_outbox ADD COLUMN read_at TEXT NULL;
                """);
        Execute.WithConnection((connection, transaction) => NoticeCaseMove.Run(connection, transaction));

        // A message comes from a case or from a notice, never both or neither (SQLite's table has the check built in).
        Dialects(sqlite: "", postgres: "ALTER TABLE wf_outbox ADD CONSTRAINT ck_wf_outbox_source CHECK ((case_id IS NULL) <> (notice_id IS NULL));");
    }

    public override void Down()
    {
        // Notices stay rows of their own: going back would need the fake cases this migration removed.
    }
}
