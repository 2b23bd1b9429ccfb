using System.Text.Json;
using InternalControl.Storage.Database;
using InternalControl.Testing.Databases;
using InternalControl.Testing.Policies;

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

    [Fact]
    public void PolicyUpgrade_SchoolOnAnOlderShippedText_ShowSaysSoAndUpgradeAttachesTheShippedOne()
    {
        // Arrange: the school began when the No. 97 file had no report tags (`report low_achievers`: the 5.9, 5.10 and
        // 9.3 reports read their cases by it).
        using var school = new SchoolFixture();
        var shipped = PolicyText.Shipped("kg").Single();
        var database = SchoolDatabase.Open(school.Db);
        OlderProgram.Shipped(database, database.Schools.Schools().Single().Id, shipped.File, shipped.Text.Replace(" report low_achievers", "", StringComparison.Ordinal));

        // Act
        var before = school.Run("policy", "show", "--lang", "en");
        var upgrade = school.Run("policy", "upgrade", "--lang", "ky");
        var after = school.Run("policy", "show", "--lang", "en");
        var again = school.Run("policy", "upgrade", "--lang", "ru");

        // Assert: show marks the file; upgrade attaches the shipped text as the file's second version (init, upgrade).
        before.AssertOut(0, "10-school-97-low-achievers.icp · the product ships another text of it (ic policy upgrade)");
        upgrade.AssertOut(0, "10-school-97-low-achievers.icp: программа берген текст 2-версия болуп тиркелди.");
        Assert.Equal("10-school-97-low-achievers.icp", after.Out.Trim());
        again.AssertOut(0, "Программа не поставляет новых текстов, которые школа могла бы подключить; ничего не изменилось.");
    }

    [Fact]
    public void PolicyUpgrade_SchoolsOwnTextUnderTheShippedName_IsLeftAsItIs()
    {
        // Arrange: the school attached its own copy of the No. 97 file (`ic policy set`).
        using var school = new SchoolFixture();
        var shipped = PolicyText.Shipped("kg").Single();
        var own = school.Temp.Write("own/" + shipped.File, shipped.Text.Replace(" report low_achievers", "", StringComparison.Ordinal));
        Assert.Equal(0, school.Run("policy", "set", own).ExitCode);

        // Act
        var show = school.Run("policy", "show", "--lang", "en");
        var upgrade = school.Run("policy", "upgrade", "--lang", "en");

        // Assert
        Assert.Equal("10-school-97-low-achievers.icp", show.Out.Trim());
        upgrade.AssertOut(0, "The product ships no new text the school could attach; nothing changed.");
    }
}
