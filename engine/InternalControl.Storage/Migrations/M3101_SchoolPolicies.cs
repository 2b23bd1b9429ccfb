using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// The policy files attached to a school, in order: the country's baseline first, then the school's
/// overlays. The text itself is kept, so a school's policy does not change when the program is upgraded
/// until someone attaches the new version.
/// </summary>
[Migration(3101, "School policies")]
public sealed class M3101_SchoolPolicies : Migration
{
    public override void Up()
    {
        Create.Table("school_policies")
            .WithColumn("school_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_school_policies_school", "schools", "id")
            .WithColumn("seq").AsInt32().NotNullable().PrimaryKey()
            .WithColumn("file_name").AsString(400).NotNullable()
            .WithColumn("source").AsString(int.MaxValue).NotNullable()
            .WithColumn("attached_at").AsString(40).NotNullable();
    }

    public override void Down() => Delete.Table("school_policies");
}
