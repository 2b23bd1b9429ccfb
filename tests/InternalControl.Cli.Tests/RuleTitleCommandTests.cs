using System.Text.Json;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

public sealed class RuleTitleCommandTests
{
    [Fact]
    public void Clause5_7_ExplainInKyrgyz_ShowsTheRuleTitleNotItsId()
    {
        // Arrange: the Kyrgyz sample school; the first pupil for whom a 5.7 rule fired.
        using var school = new SchoolFixture();
        var fired = JsonDocument.Parse(school.Run("evaluate", "--json").Out).RootElement.GetProperty("fired");
        var pupil = fired.EnumerateArray()
            .First(f => f.ToString().Contains("5.7 three or more 2s", StringComparison.Ordinal))
            .GetProperty("pupil").GetString()!;

        // Act
        var explain = school.Run("explain", pupil, "--lang", "ky");

        // Assert
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains("5.7 бир сабактан 3 же андан көп «2»", explain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("three or more 2s", explain.Out, StringComparison.Ordinal);
    }
}
