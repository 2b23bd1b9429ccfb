using InternalControl.Application.Policies;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Hardening, finding 11: the attached policy is compiled once per database and policy version, and the commands that
/// need no rules compile none.
/// </summary>
public sealed class PolicyCacheTests
{
    [Fact]
    public void Finding11_TasksCasesAndCase_CompileNoPolicy()
    {
        // Arrange
        using var school = new SchoolFixture();
        var before = PolicyCache.CompilationsOf(school.Db);

        // Act
        var tasks = school.Run("tasks");
        var cases = school.Run("cases");
        var outbox = school.Run("outbox");

        // Assert
        Assert.True(tasks.ExitCode == 0, tasks.Error);
        Assert.True(cases.ExitCode == 0, cases.Error);
        Assert.True(outbox.ExitCode == 0, outbox.Error);
        Assert.Equal(before, PolicyCache.CompilationsOf(school.Db));
    }

    [Fact]
    public void Finding11_ASecondEvaluate_ReusesTheCompiledPolicy_AndANewVersionIsCompiledOnce()
    {
        // Arrange
        using var school = new SchoolFixture();
        var overlay = school.Temp.Write("school-12.icp", "policy \"school-12\" extends \"kg-school-97-low-achievers\"\nparameter twos_threshold = 4\n");

        // Act
        var first = school.Run("evaluate");
        var afterFirst = PolicyCache.CompilationsOf(school.Db);
        var second = school.Run("evaluate");
        var afterSecond = PolicyCache.CompilationsOf(school.Db);
        var attach = school.Run("policy", "set", overlay);
        var third = school.Run("evaluate");
        var fourth = school.Run("evaluate");

        // Assert
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        attach.AssertSucceeded();
        Assert.True(third.ExitCode == 0, third.Error);
        Assert.True(fourth.ExitCode == 0, fourth.Error);
        Assert.Equal(1, afterFirst);
        Assert.Equal(afterFirst, afterSecond);
        Assert.Equal(afterSecond + 1, PolicyCache.CompilationsOf(school.Db));
    }
}
