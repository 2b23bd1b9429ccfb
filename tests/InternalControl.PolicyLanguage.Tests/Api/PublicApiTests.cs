using InternalControl.Testing.Api;

namespace InternalControl.PolicyLanguage.Tests.Api;

/// <summary>The library's public API matches `approved/InternalControl.PolicyLanguage.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_OfTheLibrary_MatchesTheApprovedFile() =>
        ApiApproval.Verify(typeof(InternalControl.PolicyLanguage.Parsing.PolicyParser).Assembly, "InternalControl.PolicyLanguage.Tests");
}
