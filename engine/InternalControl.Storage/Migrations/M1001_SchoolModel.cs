using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// The school model. Ids are the school's own (from its e-journal export), unique within a school,
/// so every table is keyed by (school_id, id). Dates are ISO text, portable to PostgreSQL.
/// </summary>
[Migration(1001, "School model")]
public sealed class M1001_SchoolModel : Migration
{
    public override void Up()
    {
        Create.Table("schools")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("name").AsString(400).NotNullable().Unique()
            .WithColumn("country").AsString(2).NotNullable()
            .WithColumn("languages").AsString(40).NotNullable()
            .WithColumn("rural").AsBoolean().NotNullable()
            .WithColumn("year").AsString(9).NotNullable();

        Create.Table("classes")
            .WithColumn("school_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_classes_school", "schools", "id")
            .WithColumn("id").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("name").AsString(64).NotNullable()
            .WithColumn("grade_level").AsInt32().NotNullable()
            .WithColumn("language").AsString(2).NotNullable()
            .WithColumn("class_teacher_id").AsString(64).Nullable();

        Create.Table("staff")
            .WithColumn("school_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_staff_school", "schools", "id")
            .WithColumn("id").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("full_name").AsString(400).NotNullable()
            .WithColumn("language").AsString(2).NotNullable()
            .WithColumn("roles").AsString(400).NotNullable();

        Create.Table("pupils")
            .WithColumn("school_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_pupils_school", "schools", "id")
            .WithColumn("id").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("full_name").AsString(400).NotNullable()
            .WithColumn("class_id").AsString(64).NotNullable()
            .WithColumn("birth_date").AsString(10).NotNullable();

        Create.Table("parents")
            .WithColumn("school_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_parents_school", "schools", "id")
            .WithColumn("id").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("pupil_id").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("full_name").AsString(400).NotNullable()
            .WithColumn("language").AsString(2).NotNullable()
            .WithColumn("phone").AsString(64).Nullable()
            .WithColumn("email").AsString(200).Nullable();

        Create.Table("subjects")
            .WithColumn("school_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_subjects_school", "schools", "id")
            .WithColumn("id").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("name_kk").AsString(200).NotNullable()
            .WithColumn("name_ky").AsString(200).NotNullable()
            .WithColumn("name_ru").AsString(200).NotNullable()
            .WithColumn("name_en").AsString(200).NotNullable();

        Create.Table("teaching")
            .WithColumn("school_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_teaching_school", "schools", "id")
            .WithColumn("class_id").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("subject_id").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("teacher_id").AsString(64).NotNullable();

        // seq numbers marks that share pupil, subject, date and kind (two current marks on one day),
        // in file order, so that re-importing the same file updates instead of duplicating.
        Create.Table("marks")
            .WithColumn("school_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_marks_school", "schools", "id")
            .WithColumn("pupil_id").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("subject_id").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("date").AsString(10).NotNullable().PrimaryKey()
            .WithColumn("kind").AsString(20).NotNullable().PrimaryKey()
            .WithColumn("seq").AsInt32().NotNullable().PrimaryKey()
            .WithColumn("value").AsInt32().NotNullable();

        Create.Table("absences")
            .WithColumn("school_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_absences_school", "schools", "id")
            .WithColumn("pupil_id").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("date").AsString(10).NotNullable().PrimaryKey()
            .WithColumn("lessons").AsInt32().NotNullable()
            .WithColumn("excuse").AsString(20).NotNullable()
            .WithColumn("document").AsString(400).Nullable();

        Create.Index("ix_pupils_class").OnTable("pupils").OnColumn("school_id").Ascending().OnColumn("class_id").Ascending();
        Create.Index("ix_marks_date").OnTable("marks").OnColumn("school_id").Ascending().OnColumn("date").Ascending();
    }

    public override void Down()
    {
        foreach (var table in new[] { "absences", "marks", "teaching", "subjects", "parents", "pupils", "staff", "classes", "schools" })
        {
            Delete.Table(table);
        }
    }
}
