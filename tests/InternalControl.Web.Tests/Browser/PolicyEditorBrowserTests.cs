using Deque.AxeCore.Playwright;
using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Schools;
using InternalControl.Web.Background;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InternalControl.Web.Tests.Browser;

/// <summary>
/// The deputy director edits the school's overlay in the real browser (Debian's Chromium): CodeMirror with the compiler's
/// diagnostics as they type, in Kyrgyz at the right line; the tests, the preview and attach, and the dashboard changing
/// after the host's next evaluation; and axe on the policy pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PolicyEditorBrowserTests(Chromium chromium)
{
    /// <summary>The school's overlay as attached: 5.7 with four "2" marks, and a test of its own (line 2 is the parameter).</summary>
    private static readonly PolicySource Overlay = new(
        "school-12.icp",
        Overlays.School12 + "\n\n" + Overlays.TwosTest("5.7 four 2s in one subject open a case", 4, started: true) + "\n");

    [Fact]
    public async Task DeputyDirectorInKyrgyz_TypesAnError_SeesItAtItsLine_FixesIt_RunsTheTests_Previews_AndAttaches()
    {
        // Arrange
        using var school = WebSchool.Served(Overlay);
        var page = await chromium.Staff(school, school.First(StaffRole.DeputyDirector).Id, "ky-KG");
        await page.GotoAsync("/dashboard");
        var casesBefore = await OpenCaseCounts(page);
        await page.GotoAsync("/policy/editor");
        var line2 = page.Locator(".cm-content .cm-line").Nth(1);

        // Act 1: a misspelt parameter on line 2.
        await line2.ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Shift+Home");
        await page.Keyboard.TypeAsync("parameter twos_treshold = 2");
        var error = page.Locator("#diagnostics li.error");
        await error.WaitForAsync();

        // Assert 1: the compiler's message in Kyrgyz, at line 2, column 1, and the editor marks the statement.
        Assert.Equal("2-сап, 1-тилке: IC1240: Негизги жободо 'twos_treshold' параметри жок. 'twos_threshold' дегиңиз келдиби?", await error.InnerTextAsync());
        await page.Locator(".cm-lintRange-error").First.WaitForAsync();

        // Act 2: the fix, then the tests and the preview.
        await line2.ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Shift+Home");
        await page.Keyboard.TypeAsync("parameter twos_threshold = 2");
        await page.Locator("#diagnostics p", new() { HasText = "Ката жок." }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Тесттерди иштетүү" }).ClickAsync();
        var tests = page.Locator("#test-results .test-summary");
        await tests.WaitForAsync();
        var testsText = await tests.InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Бүгүнкү маалыматтарда алдын ала көрүү" }).ClickAsync();
        var preview = page.Locator("#preview .preview-summary");
        await preview.WaitForAsync();
        var previewText = await preview.InnerTextAsync();
        var stillOnPage = page.Url;

        // Act 3: attach.
        await page.GetByRole(AriaRole.Button, new() { Name = "Тиркөө", Exact = true }).ClickAsync();
        await page.Locator("#attached").WaitForAsync();

        // Assert 2: the overlay's one test passed; two "2" marks open more cases than four, and nothing was written before attach.
        Assert.Equal("Өттү: 1. Өткөн жок: 0.", testsText);
        Assert.Matches("^Ачыла турган иштер: [1-9][0-9]*\\. Мындан ары ачылбай турган иштер: 0\\. Эч нерсе жазылган жок\\.$", previewText);
        Assert.EndsWith("/policy/editor", stillOnPage, StringComparison.Ordinal);
        Assert.Equal("school-12.icp файлынын 2-версиясы тиркелди.", await page.Locator("#attached").InnerTextAsync());
        var attached = school.Workspace.Database.Policies.Sources(school.Workspace.School.Id)[^1];
        Assert.Contains("parameter twos_threshold = 2", attached.Text, StringComparison.Ordinal);

        // Act 4: the host's next round evaluates the school under the attached overlay; the dashboard is read again.
        school.Services.GetRequiredService<SchoolClockService>().RunOnce();
        await page.GotoAsync("/dashboard");
        var casesAfter = await OpenCaseCounts(page);

        // Assert 3: the deputy director sees the dashboard change: more open cases than before the overlay, in its chart's table.
        Assert.True(casesAfter > casesBefore, $"open cases on the dashboard: {casesBefore} before, {casesAfter} after attaching");
    }

    /// <summary>The sum of the dashboard's open cases by workflow and step, as its chart's table gives them.</summary>
    private static async Task<int> OpenCaseCounts(IPage page) =>
        (await page.Locator("#cases-table td[data-series=count]").EvaluateAllAsync<int[]>("cs => cs.map(c => Number(c.dataset.value))")).Sum();

    [Fact]
    public async Task Completion_OffersKeywordsFactTypesFieldsAndTheAttachedParameters_NamedInTheReadersLanguage()
    {
        // Arrange: the overlay is written in English words; the reader reads Kyrgyz.
        using var school = WebSchool.Served(Overlay);
        var page = await chromium.Staff(school, school.First(StaffRole.DeputyDirector).Id, "ky-KG");
        await page.GotoAsync("/policy/editor");
        await page.Locator(".cm-content .cm-line").Nth(2).ClickAsync();
        var options = page.Locator(".cm-tooltip-autocomplete li");

        // Act
        await page.Keyboard.TypeAsync("paramet");
        await options.First.WaitForAsync();
        var keyword = await options.AllInnerTextsAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.TypeAsync("er twos_th");
        await page.Locator(".cm-tooltip-autocomplete li", new() { HasText = "twos_threshold" }).WaitForAsync();
        var parameter = await options.AllInnerTextsAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("pupi");
        await page.Locator(".cm-tooltip-autocomplete li", new() { HasText = "pupil" }).First.WaitForAsync();
        var type = await options.AllInnerTextsAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.TypeAsync(" p p.grad");
        await page.Locator(".cm-tooltip-autocomplete li", new() { HasText = "grade" }).First.WaitForAsync();
        var field = await options.AllInnerTextsAsync();

        // Assert
        Assert.Contains(keyword, o => o.Contains("parameter", StringComparison.Ordinal) && o.Contains("ачкыч сөз", StringComparison.Ordinal));
        Assert.Contains(parameter, o => o.Contains("twos_threshold", StringComparison.Ordinal) && o.Contains("параметр", StringComparison.Ordinal));
        Assert.Contains(type, o => o.Contains("pupil", StringComparison.Ordinal) && o.Contains("факттын түрү", StringComparison.Ordinal));
        Assert.Contains(field, o => o.Contains("grade", StringComparison.Ordinal) && o.Contains("талаа", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/policy")]
    [InlineData("/policy/editor")]
    public async Task PolicyPage_HasNoSeriousOrCriticalAxeViolation(string path)
    {
        // Arrange
        using var school = WebSchool.Served(Overlay);
        var page = await chromium.Staff(school, school.First(StaffRole.DeputyDirector).Id, "ky-KG");

        // Act
        await page.GotoAsync(path);
        if (path.EndsWith("editor", StringComparison.Ordinal))
        {
            await page.Locator(".cm-content").WaitForAsync();
            await page.Locator("#diagnostics p, #diagnostics li").First.WaitForAsync();
        }

        var result = await page.RunAxe();

        // Assert
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.NotEmpty(result.Passes);
    }
}
