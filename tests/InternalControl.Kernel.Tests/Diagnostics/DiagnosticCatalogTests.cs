using System.Text.RegularExpressions;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;
using InternalControl.Testing;

namespace InternalControl.Kernel.Tests.Diagnostics;

/// <summary>One code, one meaning: the catalog binds each code to its severity and keys, and nothing reports around it.</summary>
public sealed partial class DiagnosticCatalogTests
{
    [Fact]
    public void Catalog_EveryKey_HasATextInEveryLanguage()
    {
        // Act
        var missing = DiagnosticCatalog.All
            .SelectMany(d => d.Keys)
            .SelectMany(key => Languages.All.Where(language => Texts.Template(key, language.Culture()) is null).Select(language => $"{key} ({language})"))
            .ToList();

        // Assert
        Assert.Empty(missing);
    }

    [Fact]
    public void Source_EveryCodeWrittenInTheProduct_IsInTheCatalog()
    {
        // Arrange
        var files = new[] { "engine", "rules", "workflows" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));

        // Act
        var unknown = files
            .SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .Where(code => DiagnosticCatalog.Find(code) is null)
            .ToList();

        // Assert
        Assert.Empty(unknown);
    }

    [Fact]
    public void Error_CodeWithAKeyItDoesNotOwn_IsABug()
    {
        // Act: IC2205 is the hit policy of a table a decide step reads, not its output.
        var error = Record.Exception(() => Diagnostic.Error("IC2205", SourceSpan.None, "Workflows.Binding.TableOutput", "t"));

        // Assert
        Assert.IsType<InvalidOperationException>(error);
    }

    [Fact]
    public void Warning_CodeTheCatalogKnowsAsAnError_IsABug()
    {
        // Act
        var error = Record.Exception(() => Diagnostic.Warning("IC1203", SourceSpan.None, "Rules.TypeMismatch"));

        // Assert
        Assert.IsType<InvalidOperationException>(error);
    }

    [GeneratedRegex(@"""(IC\d{4})""")]
    private static partial Regex CodeLiteral();
}
