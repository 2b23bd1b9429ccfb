using InternalControl.Localization;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Runtime;
using InternalControl.Rules.Testing;
using InternalControl.Testing.Policies;

namespace InternalControl.Rules.Tests.Testing;

/// <summary>
/// The shipped policies' own `test` blocks (each cites its clause) pass on both engines when the policy compiler alone
/// compiles them: the rules, tables and tests of seeds/policies, without the workflows Application adds.
/// </summary>
public sealed class ShippedTestBlocksTests
{
    public static TheoryData<string, RuleEngineKind> Cases => new()
    {
        { "kg", RuleEngineKind.Compiled }, { "kg", RuleEngineKind.NRules }, { "kz", RuleEngineKind.Compiled }, { "kz", RuleEngineKind.NRules },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_ShippedTestBlocks_EveryOnePasses(string country, RuleEngineKind engine)
    {
        // Arrange
        var compiled = PolicyCompiler.Compile([.. PolicyText.Shipped(country).Select(s => s with { Text = WithoutWorkflows(s.Text) })]);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics.Take(5).Select(d => d.Render(Language.En, ""))));

        // Act
        var outcomes = PolicyTestRunner.Run(compiled.Value!, engine);

        // Assert
        Assert.True(outcomes.Count >= 10, $"{outcomes.Count} tests");
        Assert.Empty(outcomes.Where(o => !o.Passed).Select(o => o.Name + ": " + string.Join("; ", o.Failures.Select(f => f.Message(Language.En)))));
    }

    /// <summary>The file with each top-level `workflow` block (from its keyword at the start of a line, `workflow` or Kyrgyz `процесс`, to its `end` or `аягы` there) left blank, so lines keep their numbers.</summary>
    private static string WithoutWorkflows(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var inside = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var opens = lines[i].StartsWith("workflow ", StringComparison.Ordinal) || lines[i].StartsWith("процесс ", StringComparison.Ordinal);
            if (opens || inside)
            {
                inside = !(lines[i] is "end" or "аягы" && !opens);
                lines[i] = "";
            }
        }

        return string.Join('\n', lines);
    }
}
