using System.Reflection;
using InternalControl.Application.Workspaces;
using InternalControl.Engine.Storage;
using InternalControl.Localization;
using InternalControl.PolicyLanguage.Parsing;
using InternalControl.Rules.Model;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Cli.Tests.Api;

/// <summary>
/// Approval tests of each library's public API. A change to it fails here until the approved file is updated, so
/// that a widened surface is a decision seen in review, not an accident: run the tests with IC_APPROVE=1 to accept
/// the new surface, and read the diff of tests/InternalControl.Cli.Tests/Api/approved/.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Libraries => new(
        typeof(Language).Assembly.GetName().Name!,
        typeof(SchoolDatabase).Assembly.GetName().Name!,
        typeof(PolicyParser).Assembly.GetName().Name!,
        typeof(PolicySource).Assembly.GetName().Name!,
        typeof(WorkflowRuntime).Assembly.GetName().Name!,
        typeof(Workspace).Assembly.GetName().Name!);

    [Theory]
    [MemberData(nameof(Libraries))]
    public void PublicApi_OfEachLibrary_MatchesTheApprovedFile(string library)
    {
        // Arrange
        var approvedFile = Path.Combine(ApprovedFolder(), library + ".txt");
        var approved = File.Exists(approvedFile) ? File.ReadAllText(approvedFile).ReplaceLineEndings("\n") : "";

        // Act
        var actual = PublicApi.Of(Assembly.Load(library));

        // Assert
        if (actual != approved && Environment.GetEnvironmentVariable("IC_APPROVE") == "1")
        {
            File.WriteAllText(approvedFile, actual);
            return;
        }

        var added = actual.Split('\n').Except(approved.Split('\n')).Take(10);
        var removed = approved.Split('\n').Except(actual.Split('\n')).Take(10);
        Assert.True(actual == approved,
            $"The public API of {library} changed (IC_APPROVE=1 accepts it).\nAdded:\n{string.Join("\n", added)}\nRemoved:\n{string.Join("\n", removed)}");
    }

    private static string ApprovedFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "InternalControl.sln")))
            {
                return Path.Combine(folder.FullName, "tests", "InternalControl.Cli.Tests", "Api", "approved");
            }
        }

        throw new InvalidOperationException("The repository root (InternalControl.sln) was not found above the test's folder.");
    }
}
