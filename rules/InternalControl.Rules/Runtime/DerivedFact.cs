namespace InternalControl.Rules.Runtime;

/// <summary>A fact a rule asserted (`assert at_risk(p, s)`), which other rules may match.</summary>
public sealed record DerivedFact(string Name, string PupilId, string? SubjectId, double Value, string Rule);
