namespace InternalControl.Application.Control;

/// <summary>
/// The group an object (a teacher, a class, a set of documents) falls in on one evaluation sheet
/// (seed 000 §3.2): A when the indicator is absent (score 0), B when it shows occasionally (1),
/// C when it is systematic (2).
/// </summary>
public enum EvaluationGroup
{
    A,
    B,
    C,
}
