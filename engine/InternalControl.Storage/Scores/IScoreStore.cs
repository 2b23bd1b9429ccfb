using InternalControl.Kernel.Schools;
using InternalControl.Storage.Database;

namespace InternalControl.Storage.Scores;

/// <summary>Stores evaluation scores, keyed by school. Reached as <c>SchoolDatabase.Scores</c>.</summary>
public interface IScoreStore
{
    /// <summary>
    /// Saves scores in one transaction: all or none. A score for the same object, sheet, criterion and date
    /// replaces the stored one, so importing a corrected file again does not duplicate. Returns the number saved.
    /// </summary>
    int Save(long schoolId, IReadOnlyList<EvaluationScore> scores);

    /// <summary>
    /// Saves scores as <see cref="Save(long, IReadOnlyList{EvaluationScore})"/> does, but inside
    /// <paramref name="transaction"/>, an open write transaction on a connection to this database (the workflow
    /// runtime's, from <c>WorkflowRuntime.BeginTransaction</c>): they are kept when it commits and never if it rolls
    /// back. A score that fails to save throws and leaves none of this call's scores in the transaction.
    /// </summary>
    int Save(long schoolId, IReadOnlyList<EvaluationScore> scores, WriteTransaction transaction);

    /// <summary>The school's data with its evaluation scores loaded (for the evaluations report and policy 2's rules).</summary>
    SchoolData WithScores(SchoolData data);

    /// <summary>A school's scores, ordered by object, sheet, criterion and date.</summary>
    IReadOnlyList<EvaluationScore> Load(long schoolId);
}
