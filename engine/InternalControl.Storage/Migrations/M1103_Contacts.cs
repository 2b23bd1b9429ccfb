using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// How each person of a school is reached: one row per channel (e-mail, Telegram, SMS) with its address and the
/// person's order of preference (1 first). A person is a member of staff or a parent, by their id in the school.
/// Clustered on the person, so a delivery reads a person's channels from one page.
/// </summary>
[Migration(1103, "Contacts")]
public sealed class M1103_Contacts : PortableMigration
{
    public override void Up()
    {
        Sql("""
            CREATE TABLE contacts (
                school_id INTEGER NOT NULL REFERENCES schools(id),
                person_kind TEXT NOT NULL,
                person_id TEXT NOT NULL,
                channel TEXT NOT NULL,
                address TEXT NOT NULL,
                preference INTEGER NOT NULL,
                PRIMARY KEY (school_id, person_kind, person_id, channel)) WITHOUT ROWID;
            """);
    }

    public override void Down() => Sql("DROP TABLE contacts;");
}
