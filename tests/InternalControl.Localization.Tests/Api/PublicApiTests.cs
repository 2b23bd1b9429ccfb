namespace InternalControl.Localization.Tests.Api;

/// <summary>The public API of InternalControl.Localization matches `approved/InternalControl.Localization.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests : InternalControl.Testing.Api.PublicApiApproval;
