using InternalControl.PolicyLanguage.Translation;

namespace InternalControl.PolicyLanguage.Tests.Translation;

using Language = InternalControl.Localization.Language;

public sealed class PolicyTranslatorTests
{
    [Fact]
    public void Translate_EnglishToKazakh_RewritesWordsKeepsNamesStringsAndComments()
    {
        // Arrange
        const string source = "rule \"5.7 rule\" -- three 2s\nwhen pupil p\n    count(mark g where g.value = 2) >= twos\nthen start \"low-achiever\" for p\nend";

        // Act
        var result = PolicyTranslator.Translate(source, "p.icp", Language.Kk);

        // Assert
        Assert.Equal("қағида \"5.7 rule\" -- three 2s\nегер оқушы p\n    саны(баға g мұнда g.мәні = 2) >= twos\nонда бастау \"low-achiever\" үшін p\nсоңы", result.Value);
    }

    [Fact]
    public void Translate_RussianSynonym_WritesCanonicalKyrgyzWord()
    {
        // Act
        var result = PolicyTranslator.Translate("то", "p.icp", Language.Ky);

        // Assert
        Assert.Equal("анда", result.Value);
    }
}
