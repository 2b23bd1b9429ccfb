namespace InternalControl.Web.Tests.Browser;

/// <summary>
/// The browser tests share one Chromium and run one after another: browsers started by several test classes at once
/// on a small CI machine made a page wait past Playwright's timeouts.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Browser";
}
