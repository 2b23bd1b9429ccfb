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
    private const string UpsertSql =
        """
        INSERT INTO scores (school_id, object_id, sheet, criterion, date, object_kind, score, inspector_id)
        VALUES (@school_id, @object_id, @sheet, @criterion, @date, @object_kind, @score, @inspector_id)
        ON CONFLICT (school_id, object_id, sheet, criterion, date)
        DO UPDATE SET object_kind = excluded.object_kind, score = excluded.score, inspector_id = excluded.inspector_id
        WHERE scores.object_kind IS DISTINCT FROM excluded.object_kind OR scores.score IS DISTINCT FROM excluded.score
            OR scores.inspector_id IS DISTINCT FROM excluded.inspector_id
        """;

    /// <inheritdoc/>
    public int Save(long schoolId, IReadOnlyList<EvaluationScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        using var connection = database.OpenConnection();
        using var commands = CommandCache.For(connection);
        using var tx = WriteTransaction.Begin(commands);
        var saved = Save(schoolId, scores, tx);
        tx.Commit();
        return saved;
    }

    /// <inheritdoc/>
    public int Save(long schoolId, IReadOnlyList<EvaluationScore> scores, WriteTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(transaction);
        if (!transaction.IsOpen)
        {
            throw new InvalidOperationException("The transaction has ended.");
        }

        // A savepoint of its own: a score that fails undoes this call's scores, and the caller's transaction goes on
        // to roll back or to commit without them.
        using var own = WriteTransaction.Begin(transaction.Commands);
        var changed = 0;
        foreach (var s in scores)
        {
            changed += own.Commands.Execute(
                UpsertSql,
                own,
                ("@school_id", schoolId), ("@object_id", s.ObjectId), ("@sheet", s.Sheet), ("@criterion", s.Criterion), ("@date", IsoDate.Text(s.Date)),
                ("@object_kind", s.ObjectKind), ("@score", s.Score), ("@inspector_id", s.InspectorId));
        }

        if (changed > 0)
        {
            own.Commands.Execute(SchoolStamp.RaiseSql, own, ("@school", schoolId));
        }

        own.Commit();
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
