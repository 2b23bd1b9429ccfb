using System.Reflection;
using Xunit;

namespace InternalControl.Testing.Api;

/// <summary>
/// The public API approval of the library a test project is named after: <c>tests/X.Tests</c> approves <c>X</c> against
/// <c>tests/X.Tests/Api/approved/X.txt</c>. A test project derives one sealed class from it and inherits the test.
/// </summary>
public abstract class PublicApiApproval
{
    private const string TestsSuffix = ".Tests";

    [Fact]
    public void PublicApi_OfTheLibrary_MatchesTheApprovedFile()
    {
        var testProject = GetType().Assembly.GetName().Name!;
        Assert.EndsWith(TestsSuffix, testProject, StringComparison.Ordinal);
        var library = Assembly.Load(testProject[..^TestsSuffix.Length]);
        ApiApproval.Verify(library, testProject);
    }
}
