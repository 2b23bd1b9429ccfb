using InternalControl.Testing.Api;

namespace InternalControl.Application.Tests.Api;

/// <summary>The library's public API matches `approved/InternalControl.Application.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_OfTheLibrary_MatchesTheApprovedFile() =>
        ApiApproval.Verify(typeof(InternalControl.Application.Workspaces.Workspace).Assembly, "InternalControl.Application.Tests");
}
