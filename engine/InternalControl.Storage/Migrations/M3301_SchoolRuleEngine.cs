using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// The rule engine a school's policy runs on (`ic init --engine nrules|compiled`), as its code. Nullable: a school
/// that never chose one runs on the product's default engine.
/// </summary>
[Migration(3301, "School rule engine")]
public sealed class M3301_SchoolRuleEngine : Migration
{
    public override void Up() => Alter.Table("schools").AddColumn("rule_engine").AsString(16).Nullable();

    public override void Down() => Delete.Column("rule_engine").FromTable("schools");
}
