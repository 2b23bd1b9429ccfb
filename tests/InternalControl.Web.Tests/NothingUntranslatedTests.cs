using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Application.Reports;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Web.Tests;

/// <summary>
/// Issue 14, "nothing untranslated reaches a reader": every inbox row, case page (header and history), notice and report
/// heading of the sample schools, read in Kyrgyz and in Kazakh, holds no ASCII identifier (a rule's, workflow's, step's
/// or staff member's id, an object kind) and no empty placeholder.
/// </summary>
public sealed partial class NothingUntranslatedTests
{
    [Theory]
    [InlineData("kg-school", "ky")]
    [InlineData("kg-school", "kk")]
    [InlineData("kz-school", "kk")]
    [InlineData("kz-school", "ky")]
    public async Task EveryInboxRowCasePageNoticeAndReportHeading_HoldsNoIdAndNoEmptyPlaceholder(string sample, string language)
    {
        // Arrange
        using var school = sample == "kz-school" ? WebSchool.Kazakh() : new WebSchool();
        var deputy = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        await deputy.Post("/language", [new("lang", language)], tokenFrom: "/");
        var found = new List<string>();
        void Check(string where, string text)
        {
            foreach (Match m in Suspect().Matches(text).Where(m => !Roman().IsMatch(m.Value)))
            {
                found.Add($"«{m.Value}» ({where.Split(' ')[0]}) in «{Shorter(text, m.Index)}»");
            }
        }

        // Act: the deputy director's inbox, every case page of the school, every report's headings, every notice.
        var inbox = await deputy.Get("/");
        foreach (Match row in Row().Matches(Between(inbox.Html, "<table id=\"inbox\"", "</table>")))
        {
            Check("inbox", Text(row.Value));
        }

        using (var session = school.Open())
        {
            foreach (var item in session.Runtime.Cases(openOnly: false).Take(60))
            {
                var page = await deputy.Get($"/cases/{item.Id}");
                Assert.Equal(HttpStatusCode.OK, page.Status);
                var main = Between(page.Html, "<main", "</main>");
                Check($"case {item.Id}", Text(Before(main, "<figure")) + " " + Text(After(main, "</figure>")));
            }

            var reader = Languages.TryParse(language, out var chosen) ? chosen.Value : Language.En;
            foreach (var message in session.Runtime.Outbox().Where(m => m.Language == reader).Take(200))
            {
                Check($"notice {message.Id}", message.Text);
            }
        }

        foreach (var name in ReportCatalog.Names)
        {
            var page = await deputy.Get($"/reports/{name}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Check($"report {name}", Text(Between(page.Html, "<h1", "</h1>")) + " " + Text(Between(page.Html, "<thead", "</thead>")));
        }

        // Assert
        var kinds = found.GroupBy(f => f[..f.IndexOf(')', StringComparison.Ordinal)]).Select(g => $"{g.Count()} × {g.First()}");
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, kinds));
    }

    private static string Shorter(string text, int at) =>
        Regex.Replace(text.Substring(Math.Max(0, at - 60), Math.Min(text.Length - Math.Max(0, at - 60), 120)), @"\s+", " ");

    private static string Between(string html, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        var end = html.IndexOf(to, start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..(end + to.Length)];
    }

    private static string Before(string html, string marker) => html.IndexOf(marker, StringComparison.Ordinal) is var i and >= 0 ? html[..i] : html;

    private static string After(string html, string marker) => html.IndexOf(marker, StringComparison.Ordinal) is var i and >= 0 ? html[(i + marker.Length)..] : "";

    private static string Text(string html) => WebUtility.HtmlDecode(Tag().Replace(html, " "));

    /// <summary>
    /// A Latin letter (an id such as "t005", "individual_plan", "teacher", or a Latin "C" among Cyrillic), or a
    /// placeholder left empty ("{0}", "()", "«»").
    /// </summary>
    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_\-]*|\{\d+\}|\(\s*\)|«\s*»")]
    private static partial Regex Suspect();

    /// <summary>The regulations' own numbering (direction III, sheet II.3) is Roman, and stays.</summary>
    [GeneratedRegex("^[IVX]+$")]
    private static partial Regex Roman();

    [GeneratedRegex("<tr[ >].*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
