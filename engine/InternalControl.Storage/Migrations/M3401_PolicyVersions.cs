using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// Every version of a policy file ever attached to a school, with who attached it and when, so that the deputy director
/// can compare two versions and roll back (a rollback attaches an old text again as a new version, naming the version it
/// restores). The files attached before this migration become each file's first version, attached by no one known.
/// </summary>
[Migration(3401, "Policy versions")]
public sealed class M3401_PolicyVersions : PortableMigration
{
    public override void Up()
    {
        Sql("""
            CREATE TABLE school_policy_versions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                school_id INTEGER NOT NULL REFERENCES schools(id),
                file_name TEXT NOT NULL,
                source TEXT NOT NULL,
                attached_by TEXT NOT NULL,
                attached_at TEXT NOT NULL,
                restored_from INTEGER NULL);
            """);
        Sql("""
            INSERT INTO school_policy_versions (school_id, file_name, source, attached_by, attached_at)
            SELECT school_id, file_name, source, '', attached_at FROM school_policies ORDER BY school_id, seq;
            """);
    }

    public override void Down() => Sql("DROP TABLE school_policy_versions;");
}
