using System.Reflection;
using Xunit;

namespace InternalControl.Testing.Api;

/// <summary>
/// Approval of a library's public API, kept beside the library's own tests in <c>tests/PROJECT/Api/approved/</c>. A
/// change to the surface fails until the approved file is updated, so that a widened API is a decision seen in review,
/// not an accident: run the tests with IC_APPROVE=1 to accept the new surface, and read the diff of the approved file.
/// </summary>
public static class ApiApproval
{
    /// <summary>Compares the public API of <paramref name="assembly"/> with the file approved in <paramref name="testProject"/>.</summary>
    public static void Verify(Assembly assembly, string testProject)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var library = assembly.GetName().Name!;
        var approvedFile = Path.Combine(RepositoryRoot.Path, "tests", testProject, "Api", "approved", library + ".txt");
        var approved = File.Exists(approvedFile) ? File.ReadAllText(approvedFile).ReplaceLineEndings("\n") : "";
        var actual = PublicApi.Of(assembly);
        if (actual != approved && Environment.GetEnvironmentVariable("IC_APPROVE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedFile)!);
            File.WriteAllText(approvedFile, actual);
            return;
        }

        var added = actual.Split('\n').Except(approved.Split('\n')).Take(10);
        var removed = approved.Split('\n').Except(actual.Split('\n')).Take(10);
        Assert.True(actual == approved,
            $"The public API of {library} changed (IC_APPROVE=1 accepts it).\nAdded:\n{string.Join("\n", added)}\nRemoved:\n{string.Join("\n", removed)}");
    }
}
