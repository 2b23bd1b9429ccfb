using InternalControl.Localization;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Model;
using InternalControl.Kernel.Policies;

namespace InternalControl.Rules.Tests.Compilation;

public sealed class OverlayTests
{
    private static readonly PolicySource Baseline = new("kg-baseline.icp", Some.Policy57);

    private static InternalControl.Kernel.Diagnostics.Result<CompiledPolicy> Compile(string overlay) =>
        PolicyCompiler.Compile([Baseline, new PolicySource("school.icp", overlay)]);

    [Fact]
    public void Compile_OverlayOverridesParameter_ThreeTwosNoLongerFire()
    {
        // Arrange
        var policy = Compile("policy \"school-97\" extends \"kg-school-97\"\nparameter twos_threshold = 4 \"our council asked for 4\"").Value!;
        var school = Some.School([Some.Mark("P1", "MATH", "2026-10-01", 2), Some.Mark("P1", "MATH", "2026-10-02", 2), Some.Mark("P1", "MATH", "2026-10-05", 2)]);

        // Act
        var result = policy.Evaluate(school, Some.Calendar, Some.Now);

        // Assert
        Assert.Empty(result.Firings);
        Assert.True(Assert.Single(policy.Parameters).Overridden);
    }

    [Fact]
    public void Compile_OverlayDisablesRuleAndAddsOne_OnlyTheNewRuleRemains()
    {
        // Act
        var policy = Compile("policy \"school-97\" extends \"kg-school-97\"\ndisable \"5.7 three or more 2s in one subject\"\nrule \"ours\" when pupil p then set x = 1 end").Value!;

        // Assert
        Assert.Equal(["ours"], policy.Rules.Select(r => r.Name));
    }

    [Fact]
    public void Compile_UnknownParameter_ReportsIC1240WithDidYouMean()
    {
        // Act
        var result = Compile("policy \"school-97\" extends \"kg-school-97\"\nparameter twos_treshold = 4");

        // Assert
        Assert.Null(result.Value);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("school.icp:2:1: ката IC1240: Негизги жободо 'twos_treshold' параметри жок. 'twos_threshold' дегиңиз келдиби?", diagnostic.Render(Language.Ky));
    }

    [Fact]
    public void Compile_OverlayRedefinesBaselineRule_ReportsIC1242()
    {
        // Act
        var result = Compile("policy \"school-97\" extends \"kg-school-97\"\nrule \"5.7 three or more 2s in one subject\" when pupil p then set x = 1 end");

        // Assert
        Assert.Equal("IC1242", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Compile_OverlayExtendsUnknownPolicy_ReportsIC1243()
    {
        // Act
        var result = Compile("policy \"school-97\" extends \"kz-baseline\"");

        // Assert
        Assert.Equal("IC1243", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Compile_FileWithOneError_LoadsNothing()
    {
        // Arrange: the first rule is fine, the second names an unknown field.
        var source = Some.Policy57 + "\nrule \"bad\" when pupil p subject s count(mark g where g.valeu = 2) > 1 then set x = 1 end";

        // Act
        var result = PolicyCompiler.Compile(source, "97.icp");

        // Assert
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal("97.icp:12:56: ошибка IC1202: Нет поля 'valeu' (тип: оценка). Возможно, вы имели в виду 'value'?", Assert.Single(result.Diagnostics).Render(Language.Ru));
    }
    [Fact]
    public void Compile_SecondFileRepeatsTheBaselineName_IsAPartThatMayDeclareParameters()
    {
        // Arrange: a country ships its baseline in several files (seeds/policies/kz/10-..., 20-...)
        var part = "policy \"kg-school-97\" country kg version 1\nparameter fives = 2 \"part\"\nrule \"r2\" when pupil p count(mark g where g.value = 5) >= fives then set x = 1 end";

        // Act
        var result = PolicyCompiler.Compile([new PolicySource("10.icp", Some.Policy57), new PolicySource("20.icp", part)]);

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Code)));
        Assert.Equal(2, result.Value!.Rules.Count);
        Assert.Contains(result.Value.Parameters, p => p.Name == "fives");
    }

    [Fact]
    public void Compile_PartRedefinesARule_ReportsIC1210()
    {
        // Arrange
        var part = "policy \"kg-school-97\" country kg version 1\nrule \"5.7 three or more 2s in one subject\" when pupil p then set x = 1 end";

        // Act
        var result = PolicyCompiler.Compile([new PolicySource("10.icp", Some.Policy57), new PolicySource("20.icp", part)]);

        // Assert
        Assert.Contains(result.Diagnostics, d => d.Code == "IC1210");
    }
}
