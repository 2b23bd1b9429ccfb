using InternalControl.Kernel.Concepts;
using InternalControl.Localization;
using InternalControl.PolicyLanguage.Vocabularies;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Runtime;
using InternalControl.Rules.Testing;
using InternalControl.Testing.Policies;

namespace InternalControl.Rules.Tests.Testing;

/// <summary>
/// The shipped policies' own `test` blocks pass on both engines when the policy compiler alone compiles seeds/policies:
/// the rules, tables and tests, with the files' workflow blocks left out (Application parses those, through the
/// Workflows block parser this library does not reference). Application's ShippedPolicyParityTests run the same blocks
/// through Application, translated into each language; this one holds the Rules library to them on its own.
/// </summary>
public sealed class ShippedTestBlocksTests
{
    public static TheoryData<string, RuleEngineKind, int> Cases => new()
    {
        { "kg", RuleEngineKind.Compiled, 21 }, { "kg", RuleEngineKind.NRules, 21 }, { "kz", RuleEngineKind.Compiled, 51 }, { "kz", RuleEngineKind.NRules, 51 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_ShippedTestBlocks_EveryOnePasses(string country, RuleEngineKind engine, int tests)
    {
        // Arrange
        var compiled = PolicyCompiler.Compile([.. PolicyText.Shipped(country).Select(s => s with { Text = WithoutWorkflows(s.Text) })]);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics.Take(5).Select(d => d.Render(Language.En, ""))));

        // Act
        var outcomes = PolicyTestRunner.Run(compiled.Value!, engine);

        // Assert: every test block of the files is there (none was taken for a workflow's), and each passes.
        Assert.Equal(tests, outcomes.Count);
        Assert.Empty(outcomes.Where(o => !o.Passed).Select(o => o.Name + ": " + string.Join("; ", o.Failures.Select(f => f.Message(Language.En)))));
    }

    /// <summary>
    /// The file with each top-level workflow block left blank, so that lines keep their numbers: from a line whose first
    /// word is the workflow keyword in any language (<see cref="Kw.Workflow"/>) to the next line that is only the end keyword
    /// (<see cref="Kw.End"/>), as the shipped files write them.
    /// </summary>
    private static string WithoutWorkflows(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var inside = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var opens = !lines[i].StartsWith(' ') && Vocabulary.Default.KeywordOf(lines[i].Split(' ')[0]) == Kw.Workflow;
            if (opens || inside)
            {
                inside = opens || Vocabulary.Default.KeywordOf(lines[i].TrimEnd()) != Kw.End;
                lines[i] = "";
            }
        }

        return string.Join('\n', lines);
    }
}
