using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// The school's yearly internal control plan (Kazakh Order No. 130, seed 000 §2.1): one row per planned control, keyed
/// by its code in the plan. Months are the plan's months in school-year order ("10|12|3"); venue, output and object kind
/// are the codes of <c>Kernel.Plans.PlanCodes</c>. An import of plan.csv replaces the school's plan.
/// </summary>
[Migration(2601, "School internal control plan")]
public sealed class M2601_SchoolPlan : PortableMigration
{
    public override void Up()
    {
        Sql("""
            CREATE TABLE plan_controls (
                school_id INTEGER NOT NULL REFERENCES schools(id),
                control_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                direction INTEGER NOT NULL,
                topic TEXT NOT NULL,
                object_kind TEXT NOT NULL,
                object_id TEXT NULL,
                sheet TEXT NULL,
                months TEXT NOT NULL,
                responsible_id TEXT NOT NULL,
                venue TEXT NOT NULL,
                output TEXT NOT NULL,
                second_month INTEGER NULL,
                PRIMARY KEY (school_id, control_id)) WITHOUT ROWID;
            """);
    }

    public override void Down() => Sql("DROP TABLE plan_controls;");
}
