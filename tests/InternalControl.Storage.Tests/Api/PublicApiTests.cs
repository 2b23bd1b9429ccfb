using InternalControl.Testing.Api;

namespace InternalControl.Storage.Tests.Api;

/// <summary>The library's public API matches `approved/InternalControl.Storage.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_OfTheLibrary_MatchesTheApprovedFile() =>
        ApiApproval.Verify(typeof(InternalControl.Storage.Database.SchoolDatabase).Assembly, "InternalControl.Storage.Tests");
}
