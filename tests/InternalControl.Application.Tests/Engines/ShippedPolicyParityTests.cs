using InternalControl.Localization;
using InternalControl.Kernel.Policies;
using InternalControl.PolicyLanguage.Translation;
using InternalControl.Application.Policies;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Rules.Testing;
using InternalControl.Testing.Policies;

namespace InternalControl.Application.Tests.Engines;

/// <summary>Every shipped policy's `test` blocks pass on both engines, as written and translated into each language.</summary>
public sealed class ShippedPolicyParityTests
{
    public static TheoryData<string, RuleEngineKind, string> Cases()
    {
        var data = new TheoryData<string, RuleEngineKind, string>();
        foreach (var country in new[] { "kg", "kz" })
        {
            foreach (var engine in Enum.GetValues<RuleEngineKind>())
            {
                foreach (var language in new[] { "as-written", "en", "kk", "ky", "ru" })
                {
                    data.Add(country, engine, language);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_ShippedTestBlocks_PassOnEveryEngineInEveryLanguage(string country, RuleEngineKind engine, string language)
    {
        // Arrange: seeds/policies/{country}/*.icp, each file's tests cite their clause
        var policy = Compile(Translate(PolicyText.Shipped(country), language));

        // Act
        var outcomes = PolicyTestRunner.Run(policy, engine);

        // Assert
        Assert.NotEmpty(outcomes);
        var failed = outcomes.Where(o => !o.Passed).Select(o => o.Name + ": " + string.Join("; ", o.Failures.Select(f => f.Message(Language.En))));
        Assert.Empty(failed);
    }

    internal static IReadOnlyList<PolicySource> Translate(IReadOnlyList<PolicySource> sources, string language)
    {
        if (language == "as-written")
        {
            return sources;
        }

        var target = Enum.Parse<Language>(language, ignoreCase: true);
        return [.. sources.Select(s =>
        {
            var translated = PolicyTranslator.Translate(s.Text, s.File, target);
            Assert.True(translated.Succeeded, s.File);
            return s with { Text = translated.Value };
        })];
    }

    internal static CompiledPolicy Compile(IReadOnlyList<PolicySource> sources)
    {
        var result = PolicyHost.Compile(sources);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message(Language.En))));
        return result.Value!.Rules;
    }
}
