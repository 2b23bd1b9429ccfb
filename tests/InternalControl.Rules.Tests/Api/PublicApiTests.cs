using InternalControl.Testing.Api;

namespace InternalControl.Rules.Tests.Api;

/// <summary>The library's public API matches `approved/InternalControl.Rules.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_OfTheLibrary_MatchesTheApprovedFile() =>
        ApiApproval.Verify(typeof(InternalControl.Rules.Model.CompiledPolicy).Assembly, "InternalControl.Rules.Tests");
}
