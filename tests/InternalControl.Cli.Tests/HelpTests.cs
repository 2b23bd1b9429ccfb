namespace InternalControl.Cli.Tests;

public sealed class HelpTests
{
    [Fact]
    public void Help_InKazakh_HasKazakhHeadingsAndNoEnglishOnes()
    {
        // Act
        var run = Ic.Run("--help", "--lang", "kk");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Қолданылуы:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Командалар:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Осы анықтаманы көрсету.", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Show help", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_OfASubcommandInKyrgyz_ShowsItsArgumentAndTheGlobalOptions()
    {
        // Act: `rules check` requires a FILE; asking for help must not be refused for its absence
        var run = Ic.Run("rules", "check", "--help", "--lang", "ky");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ic rules check <FILE>", run.Out, StringComparison.Ordinal);
        Assert.Contains("Аргументтер:", run.Out, StringComparison.Ordinal);
        Assert.Contains("--db <db>", run.Out, StringComparison.Ordinal);
        Assert.Contains("Колдонулушу:", run.Out, StringComparison.Ordinal);
    }
}
