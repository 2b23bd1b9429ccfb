namespace InternalControl.Rules.Model;

/// <summary>The school's fact types a rule's patterns and aggregates range over, and the derived facts rules assert.</summary>
internal enum FactType
{
    Pupil,
    Subject,
    Class,
    Mark,
    Absence,
    Score,
    Teacher,
    Derived,
}
