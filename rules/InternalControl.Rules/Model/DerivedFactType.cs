namespace InternalControl.Rules.Model;

/// <summary>A derived fact type (`assert at_risk(p)`): its name as written and its dense number in the policy.</summary>
internal sealed record DerivedFactType(string Name, int Id);
