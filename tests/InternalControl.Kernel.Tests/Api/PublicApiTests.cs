namespace InternalControl.Kernel.Tests.Api;

/// <summary>The public API of InternalControl.Kernel matches `approved/InternalControl.Kernel.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests : InternalControl.Testing.Api.PublicApiApproval;
