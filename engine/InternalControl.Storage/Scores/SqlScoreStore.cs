using System.Globalization;
using Dapper;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;
using InternalControl.Storage.Schools;

namespace InternalControl.Storage.Scores;

/// <summary>The score store on SQLite and PostgreSQL (the same SQL on both) (table scores, migration 1101).</summary>
internal sealed class SqlScoreStore(SchoolDatabase database) : IScoreStore
{
    /// <inheritdoc/>
    public int Save(long schoolId, IReadOnlyList<EvaluationScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        using var connection = database.OpenConnection();
        using var tx = connection.BeginTransaction();
        var changed = connection.Execute(
            """
            INSERT INTO scores (school_id, object_id, sheet, criterion, date, object_kind, score, inspector_id)
            VALUES (@schoolId, @ObjectId, @Sheet, @Criterion, @Date, @ObjectKind, @Score, @InspectorId)
            ON CONFLICT (school_id, object_id, sheet, criterion, date)
            DO UPDATE SET object_kind = excluded.object_kind, score = excluded.score, inspector_id = excluded.inspector_id
            WHERE scores.object_kind IS DISTINCT FROM excluded.object_kind OR scores.score IS DISTINCT FROM excluded.score
                OR scores.inspector_id IS DISTINCT FROM excluded.inspector_id
            """,
            scores.Select(s => new
            {
                schoolId,
                s.ObjectId,
                s.Sheet,
                s.Criterion,
                Date = IsoDate.Text(s.Date),
                s.ObjectKind,
                s.Score,
                s.InspectorId,
            }),
            tx);
        if (changed > 0)
        {
            connection.Execute(SchoolStamp.RaiseSql, new { school = schoolId }, tx);
        }

        tx.Commit();
        return scores.Count;
    }

    /// <inheritdoc/>
    public SchoolData WithScores(SchoolData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data with { Scores = Load(data.School.Id) };
    }

    /// <inheritdoc/>
    public IReadOnlyList<EvaluationScore> Load(long schoolId)
    {
        using var connection = database.OpenConnection();
        return connection.Query<(string ObjectId, string Kind, string Sheet, string Criterion, long Score, string Date, string Inspector)>(
                """
                SELECT object_id, object_kind, sheet, criterion, score, date, inspector_id FROM scores
                WHERE school_id = @schoolId ORDER BY object_id, sheet, criterion, date
                """,
                new { schoolId })
            .Select(r => new EvaluationScore(
                r.ObjectId,
                r.Kind,
                r.Sheet,
                r.Criterion,
                (int)r.Score,
                IsoDate.Parse(r.Date),
                r.Inspector))
            .ToList();
    }
}
