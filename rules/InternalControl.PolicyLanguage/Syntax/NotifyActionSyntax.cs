using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`notify class_teacher ["text key"]`.</summary>
public sealed record NotifyActionSyntax(SourceSpan Span, string Role, SourceSpan RoleSpan, string? Message) : ActionSyntax(Span);
