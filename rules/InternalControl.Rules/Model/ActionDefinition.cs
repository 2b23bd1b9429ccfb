namespace InternalControl.Rules.Model;

/// <summary>An action of a rule: <see cref="AssertDefinition"/>, <see cref="StartDefinition"/>, <see cref="NotifyDefinition"/> or <see cref="SetDefinition"/>.</summary>
internal abstract record ActionDefinition;
