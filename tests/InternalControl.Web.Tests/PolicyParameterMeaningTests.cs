using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing;

namespace InternalControl.Web.Tests;

/// <summary>The policy page gives each shipped parameter's meaning in the reader's language, from the Policies catalog.</summary>
public sealed partial class PolicyParameterMeaningTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Theory]
    [InlineData("kk", "Бір пәннен неше «2» оқушыны үлгерімі төмен етеді.")]
    [InlineData("ky", "Бир сабактан канча «2» окуучуну жетишпеген кылат.")]
    [InlineData("ru", "Сколько двоек по одному предмету делают обучающегося неуспевающим.")]
    [InlineData("en", "How many 2 marks in one subject make a pupil a low achiever.")]
    public async Task PolicyPage_TwosThreshold_HasItsMeaningInTheReadersLanguage(string language, string meaning)
    {
        // Arrange: kg policy 5.7, three or more 2 marks in one subject.
        var browser = await school.Staff(school.First(StaffRole.Director).Id);
        await browser.Post("/language", [new("lang", language)], tokenFrom: "/");

        // Act
        var page = await browser.Get("/policy");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Matches($"<code>twos_threshold</code></td>\\s*<td>\\s*3\\s*</td>\\s*<td>5.7</td>\\s*<td>{Regex.Escape(meaning)}</td>", page.Html);
    }

    [Fact]
    public void ShippedPolicies_EveryParameter_HasAMeaningInEachLanguage()
    {
        // Arrange
        var names = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds", "policies"), "*.icp", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines).Select(l => Parameter().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().ToList();

        // Act
        var missing = Languages.All.SelectMany(l => names.Where(n => new Localizer(l).GetOr("Policy.Parameter." + n, "") == "").Select(n => $"{l.Code()}: {n}")).ToList();

        // Assert
        Assert.True(names.Count >= 30);
        Assert.Empty(missing);
    }

    [GeneratedRegex("^parameter ([a-z_0-9]+) *=")]
    private static partial Regex Parameter();
}
