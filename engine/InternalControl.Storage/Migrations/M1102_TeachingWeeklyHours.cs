using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// Weekly hours of a subject in a class (the working curriculum), on the teaching assignment: the Kazakh limit on
/// unit summatives depends on them (at most 2 a quarter for 1 hour a week, otherwise 3; seed 001 R31). Nullable:
/// a school that does not give them keeps its data, and the looser limit applies.
/// </summary>
[Migration(1102, "Teaching weekly hours")]
public sealed class M1102_TeachingWeeklyHours : Migration
{
    public override void Up() => Alter.Table("teaching").AddColumn("weekly_hours").AsDouble().Nullable();

    public override void Down() => Delete.Column("weekly_hours").FromTable("teaching");
}
