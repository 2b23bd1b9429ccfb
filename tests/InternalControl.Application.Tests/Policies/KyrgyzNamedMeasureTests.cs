using System.Text.RegularExpressions;
using InternalControl.Application.Policies;
using InternalControl.Rules.Runtime;
using InternalControl.Rules.Testing;
using InternalControl.Testing.Policies;

namespace InternalControl.Application.Tests.Policies;

/// <summary>
/// No. 97 6.2 (1-2 unexcused absences: the diary; several: a conversation with the parent; systematic: the small
/// pedagogical council): the shipped Kyrgyz policy writes the count of unexcused absences once, as a named measure
/// (`let`), and its three 6.2 rules read it by name.
/// </summary>
public sealed class KyrgyzNamedMeasureTests
{
    [Fact]
    public void ShippedKyrgyzPolicy_62_CountsUnexcusedAbsencesOnce_AndItsRulesReadTheMeasure()
    {
        // Arrange
        var sources = PolicyText.Shipped("kg");
        var source = Assert.Single(sources).Text;

        // Act
        var policy = PolicyHost.Compile(sources);

        // Assert: one count of the unexcused days; five conditions of the three 6.2 rules read it; it is used (no IC1701).
        Assert.True(policy.Succeeded);
        Assert.Single(Regex.Matches(source, @"count\(absence a in current_term where not a\.excused"));
        Assert.Equal(5, Regex.Matches(source, @"^\s+unexcused_absences [<>]", RegexOptions.Multiline).Count);
        Assert.DoesNotContain(policy.Diagnostics, d => d.Code == "IC1701");
        var outcomes = PolicyTestRunner.Run(policy.Value!.Rules, RuleEngineKind.NRules).Concat(PolicyTestRunner.Run(policy.Value!.Rules, RuleEngineKind.Compiled)).ToList();
        Assert.Contains(outcomes, o => o.Name.StartsWith("6.2", StringComparison.Ordinal));
        Assert.All(outcomes, o => Assert.True(o.Passed, o.Name));
    }
}
