using System.Xml.Linq;
using InternalControl.Testing;

namespace InternalControl.Kernel.Tests.Architecture;

/// <summary>
/// The projects reference each other exactly as README's "Architecture" section draws them: one way, from the hosts down
/// to the kernel. A new project or a new reference fails here until the picture and this table agree.
/// </summary>
public sealed class ProjectReferencesTests
{
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["InternalControl.Localization"] = [],
        ["InternalControl.Kernel"] = ["InternalControl.Localization"],
        ["InternalControl.Storage"] = ["InternalControl.Kernel"],
        ["InternalControl.PolicyLanguage"] = ["InternalControl.Kernel"],
        ["InternalControl.Rules"] = ["InternalControl.PolicyLanguage"],
        ["InternalControl.Workflows"] = ["InternalControl.PolicyLanguage", "InternalControl.Storage"],
        ["InternalControl.Application"] = ["InternalControl.Rules", "InternalControl.Workflows"],
        ["InternalControl.Web"] = ["InternalControl.Application"],
        ["InternalControl.Cli"] = ["InternalControl.Application", "InternalControl.Web"],
    };

    /// <summary>Packages a runtime library must not pull in: import and spreadsheets are use cases of Application.</summary>
    private static readonly string[] UseCasePackages = ["CsvHelper", "SpreadCheetah", "ExcelDataReader", "MiniExcel"];

    private static readonly string[] RuntimeLibraries =
        ["InternalControl.Kernel", "InternalControl.Storage", "InternalControl.PolicyLanguage", "InternalControl.Rules", "InternalControl.Workflows"];

    [Fact]
    public void Every_product_project_references_exactly_the_projects_the_architecture_allows()
    {
        var projects = ProductProjects();
        Assert.Equal(Expected.Keys.Order(), projects.Keys.Order());
        foreach (var (name, file) in projects)
        {
            var references = Items(file, "ProjectReference").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
            Assert.True(Expected[name].Order().SequenceEqual(references),
                $"{name} references [{string.Join(", ", references)}], the architecture allows [{string.Join(", ", Expected[name])}]");
        }
    }

    [Fact]
    public void The_kernel_has_no_packages_and_no_runtime_library_pulls_in_import_or_spreadsheet_packages()
    {
        var projects = ProductProjects();
        Assert.Empty(Items(projects["InternalControl.Kernel"], "PackageReference"));
        foreach (var library in RuntimeLibraries)
        {
            var packages = Items(projects[library], "PackageReference");
            Assert.DoesNotContain(packages, package => UseCasePackages.Contains(package));
        }
    }

    [Fact]
    public void Only_the_rules_library_runs_NRules()
    {
        // The second engine lives in rules/InternalControl.Rules/Rete; everyone else reaches it through RuleEngineKind.
        var users = ProductProjects().Where(p => Items(p.Value, "PackageReference").Any(package => package.StartsWith("NRules", StringComparison.Ordinal))).Select(p => p.Key);
        Assert.Equal(["InternalControl.Rules"], users);
    }

    private static Dictionary<string, string> ProductProjects() =>
        new[] { "engine", "rules", "workflows", "localization" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file), file => file);

    private static string[] Items(string projectFile, string kind) =>
        XDocument.Load(projectFile).Descendants(kind)
            .Select(item => (string?)item.Attribute("Include"))
            .OfType<string>()
            .Select(include => include.Replace('\\', '/'))
            .ToArray();
}
