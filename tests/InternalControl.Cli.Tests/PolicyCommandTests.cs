using System.Text.Json;

namespace InternalControl.Cli.Tests;

public sealed class PolicyCommandTests
{
    [Fact]
    public void PolicySet_OverlayRaisingTheThreshold_OpensFewerCases()
    {
        // Arrange: 5.7 leaves the count to the school; this school asks for four "2" marks instead of three.
        using var school = new SchoolFixture();
        var baseline = JsonDocument.Parse(school.Run("evaluate", "--json").Out).RootElement.GetProperty("fired").GetArrayLength();
        using var other = new SchoolFixture();
        var overlay = other.Temp.Write("school-12.icp", "policy \"school-12\" extends \"kg-school-97-low-achievers\"\nparameter twos_threshold = 4\n");

        // Act
        var set = other.Run("policy", "set", overlay, "--lang", "ru");
        var fired = JsonDocument.Parse(other.Run("evaluate", "--json").Out).RootElement.GetProperty("fired").GetArrayLength();

        // Assert
        Assert.Equal(0, set.ExitCode);
        Assert.InRange(fired, 1, baseline - 1);
    }

    [Fact]
    public void PolicySet_OverlayWithAnError_IsNotAttachedAndSaysWhereInRussian()
    {
        // Arrange
        using var school = new SchoolFixture();
        var overlay = school.Temp.Write("bad.icp", "policy \"school-12\" extends \"kg-school-97-low-achievers\"\nparameter twos_treshold = 4\n");

        // Act
        var run = school.Run("policy", "set", overlay, "--lang", "ru");

        // Assert: file:line:column with the line and a caret, then the refusal; the school keeps its one baseline.
        run.AssertOut(1, "bad.icp:2:", "^", "В файле есть ошибки, он не подключён; ничего не изменилось.");
        Assert.Equal("10-school-97-low-achievers.icp", school.Run("policy", "show").Out.Trim());
    }
}
