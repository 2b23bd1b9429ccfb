using InternalControl.Application.Import;
using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Control;

/// <summary>What reading a scores.csv gave: the scores when the whole file is valid, else only the errors (all or nothing).</summary>
public sealed record ScoreImport(IReadOnlyList<EvaluationScore> Scores, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
