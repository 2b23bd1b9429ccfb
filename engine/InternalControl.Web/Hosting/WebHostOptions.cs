namespace InternalControl.Web.Hosting;

/// <summary>How the web host runs: over which database and school, at which addresses, on which clock.</summary>
public sealed record WebHostOptions(string DatabasePath)
{
    /// <summary>The school's name when the database holds several.</summary>
    public string? School { get; init; }

    /// <summary>Where Kestrel listens, e.g. http://127.0.0.1:5080.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The product's clock; tests and the demo inject theirs.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How often the background service fires due timers and sends the outbox; zero turns it off.</summary>
    public TimeSpan TickEvery { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The school-local time of the nightly evaluation.</summary>
    public TimeOnly NightlyAt { get; init; } = new(2, 0);

    /// <summary>Where the outbox's messages are written (one file); null writes them to the host's log folder-free console.</summary>
    public string? OutboxFile { get; init; }

    /// <summary>How large an upload on the import page may be (the request is refused past the total, plus its form fields).</summary>
    public InternalControl.Application.Import.ImportLimits ImportLimits { get; init; } = InternalControl.Application.Import.ImportLimits.Default;

    /// <summary>Parents' sign-in links: how long one asked for stays valid, how many a parent gets an hour (<c>Access:*</c> settings override).</summary>
    public InternalControl.Application.Access.ParentLinkOptions ParentLinks { get; init; } = InternalControl.Application.Access.ParentLinkOptions.Default;

    /// <summary>How many tasks one page of the inbox lists (overdue first; the next page links on).</summary>
    public int InboxPageSize { get; init; } = 50;
}
