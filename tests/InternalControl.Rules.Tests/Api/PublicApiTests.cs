namespace InternalControl.Rules.Tests.Api;

/// <summary>The public API of InternalControl.Rules matches `approved/InternalControl.Rules.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests : InternalControl.Testing.Api.PublicApiApproval;
