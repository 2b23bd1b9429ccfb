namespace InternalControl.Storage.Tests.Api;

/// <summary>The public API of InternalControl.Storage matches `approved/InternalControl.Storage.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests : InternalControl.Testing.Api.PublicApiApproval;
