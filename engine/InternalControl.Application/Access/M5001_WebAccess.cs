using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Application.Access;

/// <summary>
/// People and access for the web host: password accounts, one-time sign-in links, sessions and the audit trail.
/// Links and sessions keep only a SHA-256 of their token, so a copy of the database signs nobody in.
/// </summary>
[Migration(5001, "Web access")]
public sealed class M5001_WebAccess : PortableMigration
{
    public override void Up()
    {
        Sql("""
            CREATE TABLE web_accounts (
                school_id INTEGER NOT NULL REFERENCES schools(id),
                person_kind TEXT NOT NULL,
                person_id TEXT NOT NULL,
                password_hash TEXT NULL,
                failures INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT NULL,
                PRIMARY KEY (school_id, person_kind, person_id));
            CREATE TABLE web_links (
                token_hash TEXT NOT NULL PRIMARY KEY,
                school_id INTEGER NOT NULL REFERENCES schools(id),
                person_kind TEXT NOT NULL,
                person_id TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                used_at TEXT NULL);
            CREATE TABLE web_sessions (
                token_hash TEXT NOT NULL PRIMARY KEY,
                school_id INTEGER NOT NULL REFERENCES schools(id),
                person_kind TEXT NOT NULL,
                person_id TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                ended_at TEXT NULL);
            CREATE TABLE web_audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                school_id INTEGER NOT NULL REFERENCES schools(id),
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NULL);
            CREATE INDEX ix_web_audit_school ON web_audit (school_id, id);
            """);
    }

    public override void Down() => Sql("DROP TABLE web_audit; DROP TABLE web_sessions; DROP TABLE web_links; DROP TABLE web_accounts;");
}
