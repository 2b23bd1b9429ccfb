using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// Each teacher's qualification (teacher_qualifications.csv): the category code, the date of the last attestation
/// (category awarded or confirmed) and of the last professional-development course, ISO dates, empty when never.
/// One row per member of staff.
/// </summary>
[Migration(2621, "Teacher qualifications")]
public sealed class M2621_TeacherQualifications : PortableMigration
{
    public override void Up()
    {
        Sql("""
            CREATE TABLE teacher_qualifications (
                school_id INTEGER NOT NULL REFERENCES schools(id),
                staff_id TEXT NOT NULL,
                category TEXT NOT NULL,
                attested TEXT NULL,
                trained TEXT NULL,
                PRIMARY KEY (school_id, staff_id)) WITHOUT ROWID;
            """);
    }

    public override void Down() => Sql("DROP TABLE teacher_qualifications;");
}
