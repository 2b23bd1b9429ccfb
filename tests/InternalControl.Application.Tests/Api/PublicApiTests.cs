namespace InternalControl.Application.Tests.Api;

/// <summary>The public API of InternalControl.Application matches `approved/InternalControl.Application.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests : InternalControl.Testing.Api.PublicApiApproval;
