using InternalControl.Testing.Api;

namespace InternalControl.Workflows.Tests.Api;

/// <summary>The library's public API matches `approved/InternalControl.Workflows.txt` (IC_APPROVE=1 accepts a change).</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_OfTheLibrary_MatchesTheApprovedFile() =>
        ApiApproval.Verify(typeof(InternalControl.Workflows.Runtime.WorkflowRuntime).Assembly, "InternalControl.Workflows.Tests");
}
