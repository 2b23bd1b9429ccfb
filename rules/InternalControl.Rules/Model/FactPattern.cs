using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Rules.Model;

/// <summary>A pattern of a rule (`pupil p`, `subject s`, `class c`, `score e`): the fact type it binds and its variable.</summary>
internal sealed record FactPattern(FactType Type, string Variable, SourceSpan Span);
