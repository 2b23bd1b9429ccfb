using InternalControl.Web.Background;
using InternalControl.Workflows.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace InternalControl.Web.Tests;

/// <summary>The host's background round, on the injected clock: due timers fire, the outbox is sent.</summary>
public sealed class BackgroundTests
{
    [Fact]
    public void ARound_AfterDeadlinesPassed_FiresTheTimers_AndSendsTheOutbox()
    {
        using var school = new WebSchool();
        int Escalations()
        {
            using var session = school.Open();
            return session.Runtime.Cases().SelectMany(c => session.Runtime.Journal(c.Id)).Count(e => e.Kind is JournalKind.Escalated or JournalKind.Reminded);
        }

        var before = Escalations();
        school.Clock.Now += TimeSpan.FromDays(30);

        var fired = school.Services.GetRequiredService<SchoolClockService>().RunOnce();

        Assert.True(fired > 0);
        Assert.True(Escalations() > before);
        var outbox = Path.ChangeExtension(school.Workspace.Database.Path, ".outbox.txt");
        Assert.True(File.Exists(outbox) && new FileInfo(outbox).Length > 0);
        using var after = school.Open();
        Assert.Empty(after.Runtime.Outbox(unsentOnly: true));
    }
}
