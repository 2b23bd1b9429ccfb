using InternalControl.PolicyLanguage.Formatting;
using InternalControl.PolicyLanguage.Parsing;
using InternalControl.PolicyLanguage.Translation;

namespace InternalControl.PolicyLanguage.Tests.Translation;

using Language = InternalControl.Localization.Language;

public sealed class RuleTitleTranslationTests
{
    private const string Source = "policy \"p\" country kg\nrule \"5.7 rule\"\n    title kk \"5.7 бір пәннен үш «2»\"\n    title ky \"5.7 бир сабактан үч «2»\"\nwhen pupil p then set group = \"A\" end";

    [Theory]
    [InlineData(Language.Kk)]
    [InlineData(Language.Ky)]
    [InlineData(Language.Ru)]
    public void Translate_RuleWithTitles_KeepsEveryTitle(Language target)
    {
        // Act
        var translated = PolicyTranslator.Translate(Source, "p.icp", target).Value!;

        // Assert: the translated file parses to the same titles, in the same languages.
        var titles = Assert.Single(PolicyParser.Parse(translated, "p.icp").Value!.Rules).Titles;
        Assert.Equal(("5.7 бір пәннен үш «2»", "5.7 бир сабактан үч «2»"), (titles["kk"], titles["ky"]));
        Assert.Equal(2, titles.Count);
    }

    [Fact]
    public void Format_RuleWithTitles_KeepsEveryTitle()
    {
        // Act
        var formatted = PolicyFormatter.Format(Source, "p.icp").Value!;

        // Assert
        var titles = Assert.Single(PolicyParser.Parse(formatted, "p.icp").Value!.Rules).Titles;
        Assert.Equal(("5.7 бір пәннен үш «2»", "5.7 бир сабактан үч «2»"), (titles["kk"], titles["ky"]));
    }
}
