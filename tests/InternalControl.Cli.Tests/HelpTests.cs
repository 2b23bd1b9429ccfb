namespace InternalControl.Cli.Tests;

public sealed class HelpTests
{
    [Fact]
    public void Help_InKazakh_HasKazakhHeadingsAndNoEnglishOnes()
    {
        // Act
        var run = Ic.Run("--help", "--lang", "kk");

        // Assert
        run.AssertOut(0, "Қолданылуы:", "Командалар:", "Осы анықтаманы көрсету.");
        run.AssertOutLacks("Usage:", "Show help");
    }

    [Fact]
    public void Help_OfASubcommandInKyrgyz_ShowsItsArgumentAndTheGlobalOptions()
    {
        // Act: `rules check` requires a FILE; asking for help must not be refused for its absence
        var run = Ic.Run("rules", "check", "--help", "--lang", "ky");

        // Assert
        run.AssertOut(0, "ic rules check <FILE>", "Аргументтер:", "--db <db>", "Колдонулушу:");
    }
}
