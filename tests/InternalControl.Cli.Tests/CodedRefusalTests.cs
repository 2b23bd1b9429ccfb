using System.Text.Json;
using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Every refusal of `ic` is one coded diagnostic: the same code in every language, the message in the reader's, as text
/// on stderr or, with `--json`, as {"errors": [{"code", "severity", "message", ...}]} on stdout.
/// </summary>
public sealed class CodedRefusalTests
{
    [Theory]
    [InlineData("ky", "ката")]
    [InlineData("ru", "ошибка")]
    public void UnknownReport_IsRefusedWithItsCode_InTheReadersLanguage(string language, string error)
    {
        // Arrange
        using var school = new SchoolFixture();

        // Act
        var run = school.Run("report", "no-such-report", "--lang", language);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{error} IC4021: ", run.Error.Trim(), StringComparison.Ordinal);
        Assert.Contains("no-such-report", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTask_WithJson_IsAJsonDiagnostic_OnStdout()
    {
        // Arrange
        using var school = new SchoolFixture();

        // Act
        var run = school.Run("complete", "987654", "--outcome", "done", "--json", "--lang", "kk");

        // Assert
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("IC4016", "error"), (error.GetProperty("code").GetString(), error.GetProperty("severity").GetString()));
        Assert.Equal(Diagnostic.ErrorOf("Cli.Error.UnknownTask", 987654L).Message(InternalControl.Localization.Language.Kk), error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("line").ValueKind);
    }

    [Fact]
    public void EveryRefusalOfTheCommandLine_HasItsOwnCode_InTheIC40Block()
    {
        // One code means one thing: each text key of the command line's refusals is bound to exactly one IC40xx code.
        var block = DiagnosticCatalog.All.Where(d => d.Code.StartsWith("IC40", StringComparison.Ordinal)).ToList();

        Assert.True(block.Count >= 30);
        Assert.All(block, d => Assert.Single(d.Keys));
        Assert.Equal(block.Count, block.Select(d => d.Keys[0]).Distinct(StringComparer.Ordinal).Count());
        Assert.All(block, d => Assert.Equal(d.Code, DiagnosticCatalog.CodeOf(d.Keys[0])));
    }
}
