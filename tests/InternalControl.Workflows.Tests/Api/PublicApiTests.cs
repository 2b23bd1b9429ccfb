namespace InternalControl.Workflows.Tests.Api;

/// <summary>The public API of InternalControl.Workflows matches `approved/InternalControl.Workflows.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests : InternalControl.Testing.Api.PublicApiApproval;
