using InternalControl.PolicyLanguage.Parsing;

namespace InternalControl.PolicyLanguage.Tests.Parsing;

using Language = InternalControl.Localization.Language;

public sealed class RuleTitleParsingTests
{
    [Fact]
    public void Parse_TitlesInFourLanguages_KeepsEachTitle()
    {
        // Arrange
        const string source = "policy \"p\" country kg\nrule \"r\"\n  title kk \"ереже\"\n  title ky \"эреже\"\n  title ru \"правило\"\n  title en \"rule\"\nwhen pupil p then set group = \"A\" end";

        // Act
        var result = PolicyParser.Parse(source, "p.icp");

        // Assert
        Assert.True(result.Succeeded);
        var titles = Assert.Single(result.Value.Rules).Titles;
        Assert.Equal(("ереже", "эреже", "правило", "rule"), (titles["kk"], titles["ky"], titles["ru"], titles["en"]));
    }

    [Fact]
    public void Render_UnknownTitleLanguage_IC1730WithLineColumnAndCaretAtTheCode()
    {
        // Arrange
        const string source = "policy \"p\" country kg\nrule \"r\"\n  title de \"Regel\"\nwhen pupil p then set group = \"A\" end";

        // Act
        var diagnostic = Assert.Single(PolicyParser.Parse(source, "p.icp").Diagnostics);

        // Assert
        Assert.Equal(
            "p.icp:3:9: error IC1730: A rule's title is given for 'de', which is not a language of the product (kk, ky, ru, en).\n  title de \"Regel\"\n        ^~",
            diagnostic.Render(Language.En, source));
    }

    [Fact]
    public void Render_DuplicateTitleLanguage_IC1731InRussianWithCaretAtTheSecondCode()
    {
        // Arrange
        const string source = "policy \"p\" country kg\nrule \"r\"\n  title ru \"одно\"\n  title ru \"другое\"\nwhen pupil p then set group = \"A\" end";

        // Act
        var diagnostic = Assert.Single(PolicyParser.Parse(source, "p.icp").Diagnostics);

        // Assert
        Assert.Equal(
            "p.icp:4:9: ошибка IC1731: У правила уже есть заголовок на 'ru'.\n  title ru \"другое\"\n        ^~",
            diagnostic.Render(Language.Ru, source));
    }
}
