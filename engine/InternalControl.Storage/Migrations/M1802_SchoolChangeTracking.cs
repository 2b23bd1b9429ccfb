using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// What changed since a version, so that a long-running host can bring its loaded school up to date by reading only the
/// new marks and absences: each mark and absence row records the data version that added it (<c>added_in</c>) and the
/// one that last changed it (<c>changed_in</c>), indexed by school; a school's <c>shape_version</c> is raised by every
/// other change (pupils, classes, staff, parents, subjects, teaching, scores, a removed mark), after which only a
/// whole read will do. Rows written before this migration carry 0, older than any version a host can hold.
/// </summary>
[Migration(1802, "School change tracking")]
public sealed class M1802_SchoolChangeTracking : Migration
{
    public override void Up()
    {
        Alter.Table("schools").AddColumn("shape_version").AsInt64().NotNullable().WithDefaultValue(0);
        foreach (var table in new[] { "marks", "absences" })
        {
            Alter.Table(table).AddColumn("added_in").AsInt64().NotNullable().WithDefaultValue(0);
            Alter.Table(table).AddColumn("changed_in").AsInt64().NotNullable().WithDefaultValue(0);
            Create.Index($"ix_{table}_changed_in").OnTable(table).OnColumn("school_id").Ascending().OnColumn("changed_in").Ascending();
        }
    }

    public override void Down()
    {
        foreach (var table in new[] { "marks", "absences" })
        {
            Delete.Index($"ix_{table}_changed_in").OnTable(table);
            Delete.Column("changed_in").FromTable(table);
            Delete.Column("added_in").FromTable(table);
        }

        Delete.Column("shape_version").FromTable("schools");
    }
}
