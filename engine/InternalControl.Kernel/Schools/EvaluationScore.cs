namespace InternalControl.Kernel.Schools;

/// <summary>
/// One criterion's score on a Kazakh internal-control evaluation sheet (Order No. 130): 0 absent,
/// 1 occasional, 2 systematic, for an object (a teacher, a class, a document set) of some kind.
/// </summary>
public sealed record EvaluationScore(string ObjectId, string ObjectKind, string Sheet, string Criterion, int Score, DateOnly Date, string InspectorId);
