using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// The maximum points of a Kazakh summative (СОР/БЖБ, СОЧ/ТЖБ), beside its points in <c>value</c>: Kazakh journals
/// keep summatives as points out of the specification's maximum (seed 001 R30: a СОР has 7-15 points in grades 1-4,
/// 7-20 in grades 5-11), and the quarter mark divides the points by the maxima (R33). Nullable: a mark of another
/// kind has none, and a summative stored before this migration holds a percent, which reads as points out of 100.
/// </summary>
[Migration(1401, "Mark maximum points")]
public sealed class M1401_MarkMaxPoints : PortableMigration
{
    public override void Up() => Sql("ALTER TABLE marks ADD COLUMN max_points INTEGER NULL");

    public override void Down() => Delete.Column("max_points").FromTable("marks");
}
