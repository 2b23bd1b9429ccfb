using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

/// <summary>Hardening, finding 10, at the command line: `rules fmt --write` refuses a file with syntax errors and leaves it.</summary>
public sealed class PolicyChecksCommandTests
{
    private const string Broken = """
        policy "t" country kg version 1
        rule "r"
        when
            pupil p
            p.grade / ( > 3
        then
              notify class_teacher "Policy.Kg.UnexcusedDiary"
        end
        """;

    [Fact]
    public void Finding10_FmtWriteOfAFileWithSyntaxErrors_IsRefusedAndTheFileStays()
    {
        // Arrange
        using var temp = new TempFolder();
        var file = temp.Write("broken.icp", Broken);

        // Act
        var english = Ic.Run("rules", "fmt", file, "--write", "--lang", "en");
        var russian = Ic.Run("rules", "fmt", file, "--write", "--lang", "ru");

        // Assert
        Assert.Equal(1, english.ExitCode);
        Assert.Contains("IC1101", english.Out + english.Error);
        Assert.Contains("Expected an expression, found '>'", english.Out + english.Error);
        Assert.Equal(1, russian.ExitCode);
        Assert.Contains("Ожидалось выражение, найдено '>'", russian.Out + russian.Error);
        Assert.Equal(Broken, File.ReadAllText(file));
        Assert.Equal(["broken.icp"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Finding10_RulesCheckOfADivisionByZero_IsExit1WithItsPosition()
    {
        // Arrange
        using var temp = new TempFolder();
        var file = temp.Write("zero.icp", Broken.Replace("p.grade / ( > 3", "p.grade / 0 > 3", StringComparison.Ordinal));

        // Act
        var kyrgyz = Ic.Run("rules", "check", file, "--lang", "ky");

        // Assert
        Assert.Equal(1, kyrgyz.ExitCode);
        Assert.Contains("zero.icp:5:15", kyrgyz.Out + kyrgyz.Error);
        Assert.Contains("IC1250", kyrgyz.Out + kyrgyz.Error);
        Assert.Contains("Нөлгө бөлүү", kyrgyz.Out + kyrgyz.Error);
    }
}
