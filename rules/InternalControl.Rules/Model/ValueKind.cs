namespace InternalControl.Rules.Model;

/// <summary>The type of a value in the policy language. Entities are carried as dense indexes, dates as day numbers.</summary>
public enum ValueKind
{
    Number,
    Text,
    Bool,
    Date,
    Pupil,
    Subject,
    Class,
    Mark,
    Absence,
    Score,
    Teacher,

    /// <summary>The results of a decision table with the hit policy rule_order or collect (no aggregator): read with `in` and `count`.</summary>
    List,
}
