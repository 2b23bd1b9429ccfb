using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// A school's data version: raised by every write of its data (an import, evaluation-sheet scores), in the write's own
/// transaction, so that a long-running host knows its loaded copy of the school is stale with one small read.
/// </summary>
[Migration(1801, "School data version")]
public sealed class M1801_SchoolDataVersion : Migration
{
    public override void Up() => Alter.Table("schools").AddColumn("data_version").AsInt64().NotNullable().WithDefaultValue(0);

    public override void Down() => Delete.Column("data_version").FromTable("schools");
}
