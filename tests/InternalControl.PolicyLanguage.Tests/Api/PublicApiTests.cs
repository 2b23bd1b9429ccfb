namespace InternalControl.PolicyLanguage.Tests.Api;

/// <summary>The public API of InternalControl.PolicyLanguage matches `approved/InternalControl.PolicyLanguage.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests : InternalControl.Testing.Api.PublicApiApproval;
