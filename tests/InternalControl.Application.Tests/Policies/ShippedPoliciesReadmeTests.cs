using System.Text.RegularExpressions;
using InternalControl.Application.Policies;
using InternalControl.Testing;
using InternalControl.Testing.Policies;

namespace InternalControl.Application.Tests.Policies;

/// <summary>
/// seeds/policies/README.md lists exactly the parameters the shipped files declare, with their defaults: a parameter
/// added, renamed or removed in a file, or a default changed, fails here until the README says so too.
/// </summary>
public sealed partial class ShippedPoliciesReadmeTests
{
    [Theory]
    [InlineData("kg")]
    [InlineData("kz")]
    public void Readme_ListsExactlyTheParametersTheFilesDeclare(string country)
    {
        // Arrange
        var policy = PolicyHost.Compile(PolicyText.Shipped(country)).Value!.Rules;
        var declared = policy.Parameters.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

        // Act
        var listed = ListedParameters().Keys.Where(declared.Contains).Order(StringComparer.Ordinal).ToList();
        var foreign = ListedParameters().Keys.Where(name => !AllDeclared().Contains(name)).ToList();

        // Assert
        Assert.Equal(declared, listed);
        Assert.Empty(foreign);
    }

    [Fact]
    public void Readme_GivesEachParameterTheDefaultTheFileDeclares()
    {
        // Arrange
        var defaults = PolicyText.Shipped("kg").Concat(PolicyText.Shipped("kz"))
            .SelectMany(source => DeclarationPattern().Matches(source.Text))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);

        // Act
        var wrong = ListedParameters().Where(p => defaults.GetValueOrDefault(p.Key) != p.Value).Select(p => p.Key).ToList();

        // Assert
        Assert.Empty(wrong);
    }

    private static HashSet<string> AllDeclared() =>
        [.. new[] { "kg", "kz" }.SelectMany(c => PolicyHost.Compile(PolicyText.Shipped(c)).Value!.Rules.Parameters.Select(p => p.Name))];

    private static Dictionary<string, string> ListedParameters() =>
        RowPattern().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seeds", "policies", "README.md")))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.Trim(), StringComparer.Ordinal);

    // A parameter row of the README's tables: | `name` | default | why |
    [GeneratedRegex(@"^\| `(?<name>[a-z_0-9]+)` \| (?<value>[^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex RowPattern();

    // A declaration in a policy file: parameter name = value  "description"
    [GeneratedRegex(@"^parameter (?<name>[a-z_0-9]+)\s*=\s*(?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex DeclarationPattern();
}
