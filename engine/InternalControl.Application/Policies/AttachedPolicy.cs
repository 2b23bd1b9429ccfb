using InternalControl.Storage.Policies;

namespace InternalControl.Application.Policies;

/// <summary>What an attach did: the school's policy as it now runs, and the version it kept.</summary>
public sealed record AttachedPolicy(HostedPolicy Policy, PolicyVersion Version);
