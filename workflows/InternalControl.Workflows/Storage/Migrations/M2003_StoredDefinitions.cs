using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// The text of every workflow version a school has run, so that a case stays on the version it started with
/// after the policy file has been replaced by a newer one.
/// </summary>
[Migration(2003, "Stored workflow definitions")]
public sealed class M2003_StoredDefinitions : PortableMigration
{
    public override void Up()
    {
        Sql("""
            CREATE TABLE wf_definitions (
                school_id INTEGER NOT NULL REFERENCES schools(id),
                name TEXT NOT NULL,
                version INTEGER NOT NULL,
                hash TEXT NOT NULL,
                source TEXT NOT NULL,
                PRIMARY KEY (school_id, name, version, hash));
            """);
    }

    public override void Down() => Sql("DROP TABLE wf_definitions;");
}
