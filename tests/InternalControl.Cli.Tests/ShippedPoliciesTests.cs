using System.Text.Json;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

/// <summary>
/// The shipped policies carry the cases their regulations state as `test` blocks (No. 97 5.7, 6.2, 6.2 A;
/// Order No. 130 and the Kazakh criteria-based assessment rules). They pass as written, and in every
/// other language after `ic rules translate`.
/// </summary>
public sealed class ShippedPoliciesTests
{
    public static TheoryData<string, string> PoliciesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "policies"), "*.icp", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var language in new[] { "as-written", "en", "kk", "ky", "ru" })
            {
                data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file), language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PoliciesAndLanguages))]
    public void RulesTest_ShippedPolicyInLanguage_EveryTestBlockPasses(string policy, string language)
    {
        // Arrange: a part of a baseline (a later file of the same country) compiles with the files before it, as
        // `ic init` attaches them (kz/20 reads part III's weights and percent table of kz/10).
        using var temp = new TempFolder();
        var target = Path.Combine(AppContext.BaseDirectory, policy);
        var paths = Directory.GetFiles(Path.GetDirectoryName(target)!, "*.icp").Order(StringComparer.Ordinal)
            .Where(f => string.CompareOrdinal(Path.GetFileName(f), Path.GetFileName(target)) <= 0)
            .ToList();
        if (language != "as-written")
        {
            paths = [.. paths.Select(path =>
            {
                var translated = temp.File(Path.GetFileName(path));
                var translate = Ic.Run("rules", "translate", path, "--to", language, "--out", translated);
                translate.AssertSucceeded();
                return translated;
            })];
        }

        // Act
        var run = Ic.Run(["rules", "test", .. paths, "--json"]);

        // Assert
        run.AssertSucceeded();
        var outcomes = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.True(o.GetProperty("passed").GetBoolean(), o.GetProperty("test").GetString()));
    }

    [Fact]
    public void Init_Kyrgyz_AttachesTheNo97Policy()
    {
        using var temp = new TempFolder();
        var db = temp.File("ic.db");

        Ic.Run("init", "--country", "kg", "--school", "S", "--year", "2026-2027", "--db", db);

        Assert.Equal("10-school-97-low-achievers.icp", Ic.Run("policy", "show", "--db", db).Out.Trim());
    }
}
