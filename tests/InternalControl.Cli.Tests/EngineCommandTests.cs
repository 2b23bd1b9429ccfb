using System.Text.Json;
using InternalControl.Storage.Database;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

public sealed class EngineCommandTests
{
    [Fact]
    public void Init_EngineNRules_IsStoredAndEvaluateRunsOnIt()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = temp.File("ic.db");

        // Act
        var init = Ic.Run("init", "--country", "kg", "--school", "S", "--year", "2026-2027", "--engine", "nrules", "--db", db);
        Ic.Run("import", Path.Combine(AppContext.BaseDirectory, "samples", "kg-school"), "--db", db);
        var evaluation = JsonDocument.Parse(Ic.Run("evaluate", "--json", "--db", db, "--now", SchoolFixture.Now).Out).RootElement;

        // Assert
        Assert.Equal(0, init.ExitCode);
        var database = SchoolDatabase.Open(db);
        Assert.Equal("nrules", database.Schools.RuleEngine(Assert.Single(database.Schools.Schools()).Id));
        Assert.Equal("nrules", evaluation.GetProperty("engine").GetString());
    }

    [Fact]
    public void Evaluate_EngineOverride_BothEnginesFireTheSameRulesOnTheSample()
    {
        // Arrange
        using var compiledSchool = new SchoolFixture();
        using var nrulesSchool = new SchoolFixture();

        // Act
        var compiled = JsonDocument.Parse(compiledSchool.Run("evaluate", "--json", "--engine", "compiled").Out).RootElement;
        var nrules = JsonDocument.Parse(nrulesSchool.Run("evaluate", "--json", "--engine", "nrules").Out).RootElement;

        // Assert
        Assert.Equal("nrules", nrules.GetProperty("engine").GetString());
        Assert.NotEqual(0, compiled.GetProperty("fired").GetArrayLength());
        Assert.Equal(Fired(compiled), Fired(nrules));
        Assert.Equal(compiled.GetProperty("started").GetArrayLength(), nrules.GetProperty("started").GetArrayLength());
    }

    [Fact]
    public void Explain_SchoolOnNRules_SaysWhatTheExpressionTreeEngineSays()
    {
        // Arrange: the sample school twice, once on each engine; a pupil for whom 5.7 (three or more 2s) fired.
        using var compiledSchool = new SchoolFixture();
        using var nrulesSchool = new SchoolFixture();
        var database = SchoolDatabase.Open(nrulesSchool.Db);
        database.Schools.SetRuleEngine(Assert.Single(database.Schools.Schools()).Id, "nrules");
        var other = SchoolDatabase.Open(compiledSchool.Db);
        other.Schools.SetRuleEngine(Assert.Single(other.Schools.Schools()).Id, "compiled");
        var fired = JsonDocument.Parse(compiledSchool.Run("evaluate", "--json", "--engine", "compiled").Out).RootElement.GetProperty("fired");
        var pupil = fired.EnumerateArray().Select(f => f.GetProperty("pupil").GetString()!).First();

        // Act
        var compiled = compiledSchool.Run("explain", pupil, "--lang", "ky");
        var nrules = nrulesSchool.Run("explain", pupil, "--lang", "ky");

        // Assert
        nrules.AssertOut(0, "иштеди");
        Assert.Equal(compiled.Out, nrules.Out);
    }

    [Theory]
    [InlineData("kg")]
    [InlineData("kz")]
    public void RulesTest_ShippedPolicyOnNRules_EveryTestBlockPasses(string country)
    {
        // Arrange
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "policies", country), "*.icp").Order(StringComparer.Ordinal).ToArray();

        // Act
        var run = Ic.Run(["rules", "test", .. files, "--engine", "nrules", "--json"]);

        // Assert
        run.AssertSucceeded();
        var outcomes = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.True(o.GetProperty("passed").GetBoolean(), o.GetProperty("test").GetString()));
    }

    [Fact]
    public void Evaluate_UnknownEngine_IsRefusedInRussian()
    {
        // Arrange
        using var school = new SchoolFixture();

        // Act
        var run = school.Run("evaluate", "--engine", "drools", "--lang", "ru");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("ошибка IC4032: движок должен быть nrules или compiled, а не \"drools\".", run.Error.Trim());
    }

    private static List<string> Fired(JsonElement evaluation) =>
        [.. evaluation.GetProperty("fired").EnumerateArray().Select(f => $"{f.GetProperty("rule")}|{f.GetProperty("pupil")}|{f.GetProperty("subject")}").Order(StringComparer.Ordinal)];
}
