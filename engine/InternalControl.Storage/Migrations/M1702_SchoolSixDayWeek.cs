using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// Whether a school teaches on Saturdays (1) over its country's calendar, whose week has five school days: many Kyrgyz
/// schools have a six-day week, and their deadlines in school days count Saturdays. Null or 0: the country's week.
/// </summary>
[Migration(1702, "School six-day week")]
public sealed class M1702_SchoolSixDayWeek : PortableMigration
{
    public override void Up() => Sql("ALTER TABLE schools ADD COLUMN six_day_week INTEGER NULL");

    public override void Down() => Delete.Column("six_day_week").FromTable("schools");
}
