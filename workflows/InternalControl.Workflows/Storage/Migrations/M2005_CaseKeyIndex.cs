using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// One index that both finds a key's cases, open or closed (a <c>once</c> workflow answers with its closed case, and
/// the nightly evaluation asks for thousands of keys), and keeps at most one case per key open: the expression is 1
/// for an open case and NULL for a closed one, and NULLs never collide in a unique index. It replaces the partial
/// index of open cases, so a new case still costs one index entry.
/// </summary>
[Migration(2005, "Case key index over open and closed cases")]
public sealed class M2005_CaseKeyIndex : PortableMigration
{
    public override void Up()
    {
        Sql("""
            DROP INDEX ux_wf_cases_open_key;
            CREATE UNIQUE INDEX ux_wf_cases_key ON wf_cases (school_id, workflow, case_key, (CASE WHEN status = 'open' THEN 1 END));
            """);
    }

    public override void Down()
    {
        Sql("""
            DROP INDEX ux_wf_cases_key;
            CREATE UNIQUE INDEX ux_wf_cases_open_key ON wf_cases (school_id, workflow, case_key) WHERE status = 'open';
            """);
    }
}
