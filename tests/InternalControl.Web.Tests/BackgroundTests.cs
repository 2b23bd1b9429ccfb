using InternalControl.Application.Workers;
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

    [Fact]
    public void TheNightlyEvaluation_TakesTheSchoolsNight_OnceForAllHostsAndWorkers()
    {
        // Arrange: the school's night already claimed by an `ic worker` of the same database, then the host's own
        using var school = new WebSchool();
        var service = school.Services.GetRequiredService<SchoolClockService>();
        var nights = new NightLeases(school.Workspace.Database);
        var id = school.Workspace.School.Id;
        var now = school.Clock.GetUtcNow();
        Assert.True(nights.TryClaim(id, school.Workspace.Today, "worker#1", now, now + TimeSpan.FromMinutes(5)));

        // Act: a round while the worker holds the night, then rounds on the next day
        service.RunOnce();
        var whileHeld = nights.Runs(school.Workspace.Today);
        school.Clock.Now += TimeSpan.FromDays(1);
        service.RunOnce();
        service.RunOnce();

        // Assert: the host left the held night alone, and took the next night once
        Assert.Empty(whileHeld);
        Assert.Equal(1, nights.Runs(school.Workspace.Today)[id]);
    }
}
