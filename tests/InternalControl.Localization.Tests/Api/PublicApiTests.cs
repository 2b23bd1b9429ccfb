using InternalControl.Testing.Api;

namespace InternalControl.Localization.Tests.Api;

/// <summary>The library's public API matches `approved/InternalControl.Localization.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_OfTheLibrary_MatchesTheApprovedFile() =>
        ApiApproval.Verify(typeof(InternalControl.Localization.Language).Assembly, "InternalControl.Localization.Tests");
}
