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
        explain.AssertOut(0, "5.7 бир сабактан 3 же андан көп «2»");
        Assert.DoesNotContain("three or more 2s", explain.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_ReadingSessionInKyrgyz_NamesTheRuleThatStartedTheCaseByItsTitle()
    {
        // Arrange: the Kyrgyz sample school evaluated; a case 5.7 started (No. 97 5.7: three or more "2" in one subject).
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var id = JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement.EnumerateArray()
            .First(c => c.GetProperty("workflow").GetString() == "low-achiever")
            .GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Act: `ic case` reads without compiling the policy.
        var shown = school.Run("case", id, "--lang", "ky");

        // Assert: the history names the rule in the reader's words, not by the name the file gives it.
        shown.AssertOut(0, "5.7 бир сабактан 3 же андан көп «2»");
        Assert.DoesNotContain("three or more 2s", shown.Out, StringComparison.Ordinal);
    }
}
