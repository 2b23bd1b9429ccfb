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
    public void Translate_ReportTagSpelledLikeAKeyword_KeepsTheTagAndTranslatesTheRest()
    {
        // Arrange: `decision` is also the word of a test's expectation, so the field's name is translated like it; after
        // `report` it is the tag the council's minutes find the field by (No. 97 9.5), which stays.
        const string source = "  field decision choice [promote, repeat_course] required report decision";

        // Act
        var result = PolicyTranslator.Translate(source, "p.icp", Language.Ru);

        // Assert
        Assert.Equal("  поле решение выбор [promote, repeat_course] обязательно отчёт decision", result.Value);
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
