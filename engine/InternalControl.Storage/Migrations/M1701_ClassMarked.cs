using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// Whether a class gets marks, as the import says (classes.csv <c>marked</c>: "yes" or "no"; No. 97 5.7 and the Kyrgyz
/// 2025 standard, phased in class by class). Nullable: a class the import leaves open, and every class stored before
/// this migration, follows the policy's country rule.
/// </summary>
[Migration(1701, "Class marked")]
public sealed class M1701_ClassMarked : PortableMigration
{
    public override void Up() => Sql("ALTER TABLE classes ADD COLUMN marked VARCHAR(3) NULL");

    public override void Down() => Delete.Column("marked").FromTable("classes");
}
