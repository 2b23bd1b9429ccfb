using InternalControl.Rules.Model;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Application.Policies;

/// <summary>A school's policy as the host runs it: the compiled rules and the workflows its blocks define.</summary>
public sealed record HostedPolicy(CompiledPolicy Rules, WorkflowCatalog Workflows);
