using InternalControl.Testing.Api;

namespace InternalControl.Kernel.Tests.Api;

/// <summary>The library's public API matches `approved/InternalControl.Kernel.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_OfTheLibrary_MatchesTheApprovedFile() =>
        ApiApproval.Verify(typeof(InternalControl.Kernel.Schools.School).Assembly, "InternalControl.Kernel.Tests");
}
