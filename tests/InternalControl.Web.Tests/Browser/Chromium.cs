using InternalControl.Application.Access;
using Microsoft.Playwright;

namespace InternalControl.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, installed by .ci/run with apt-get) driven by Playwright; no browser is downloaded.
/// One browser per test class, a fresh context (cookies, language, screen size) per person.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Debian's package puts the browser here.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>A phone's screen, as the issue asks every page to work on.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        // Playwright never fetches a browser of its own here: the test uses the system's.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: `apt-get install -y chromium chromium-driver` (.ci/run does this).");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        });
    }

    /// <summary>A new person at the school's door: their own cookies, their browser's language, a phone or a desk screen, JavaScript on or off.</summary>
    public async Task<IPage> Person(WebSchool school, string locale, ViewportSize? screen = null, bool javaScript = true)
    {
        ArgumentNullException.ThrowIfNull(school);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = school.BaseAddress!.ToString(),
            Locale = locale,
            ViewportSize = screen ?? new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A new person (<see cref="Person"/>) who has followed the one-time sign-in link of the school's member of staff <paramref name="staffId"/>.</summary>
    public async Task<IPage> Staff(WebSchool school, string staffId, string locale, ViewportSize? screen = null, bool javaScript = true)
    {
        var page = await Person(school, locale, screen, javaScript);
        await page.GotoAsync(school.Link(PersonKind.Staff, staffId));
        return page;
    }

    /// <summary>Where a test writes its screenshots: under the test output, never committed.</summary>
    public static string Screenshot(string name) => Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
