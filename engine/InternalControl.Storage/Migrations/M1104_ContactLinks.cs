using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// One-time codes that link a person's messenger chat to their contacts: issued for a person (by the web application
/// or <c>ic contacts link</c>), valid until <c>expires_at</c>, used once (<c>used_at</c>). Codes are never reused in a school.
/// </summary>
[Migration(1104, "Contact link codes")]
public sealed class M1104_ContactLinks : PortableMigration
{
    public override void Up()
    {
        Sql("""
            CREATE TABLE contact_links (
                school_id INTEGER NOT NULL REFERENCES schools(id),
                code TEXT NOT NULL,
                person_kind TEXT NOT NULL,
                person_id TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                used_at TEXT NULL,
                PRIMARY KEY (school_id, code)) WITHOUT ROWID;
            """);
    }

    public override void Down() => Sql("DROP TABLE contact_links;");
}
