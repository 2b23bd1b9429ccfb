using FluentMigrator;

namespace InternalControl.Storage.Migrations;

/// <summary>
/// Scores of Kazakh internal-control evaluation sheets (Order No. 130; seed 000 §3.2): one row per object,
/// sheet, criterion and date, so that a re-control adds a later score instead of overwriting the first.
/// </summary>
[Migration(1101, "Evaluation scores")]
public sealed class M1101_EvaluationScores : Migration
{
    public override void Up()
    {
        Create.Table("scores")
            .WithColumn("school_id").AsInt64().NotNullable().PrimaryKey().ForeignKey("fk_scores_school", "schools", "id")
            .WithColumn("object_id").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("sheet").AsString(16).NotNullable().PrimaryKey()
            .WithColumn("criterion").AsString(64).NotNullable().PrimaryKey()
            .WithColumn("date").AsString(10).NotNullable().PrimaryKey()
            .WithColumn("object_kind").AsString(32).NotNullable()
            .WithColumn("score").AsInt32().NotNullable()
            .WithColumn("inspector_id").AsString(64).NotNullable();
    }

    public override void Down() => Delete.Table("scores");
}
