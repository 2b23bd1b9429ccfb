namespace InternalControl.Rules.Model;

/// <summary>`notify role ["message"]`: the role's code and the message (text or text key).</summary>
internal sealed record NotifyDefinition(string Role, string? Message) : ActionDefinition;
