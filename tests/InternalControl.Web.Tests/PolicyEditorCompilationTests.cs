using System.Diagnostics.Metrics;
using System.Net;
using InternalControl.Application.Policies;
using InternalControl.Application.Telemetry;
using InternalControl.Kernel.Policies;
using InternalControl.Kernel.Schools;

namespace InternalControl.Web.Tests;

/// <summary>The policy editor page compiles the attached policy once at most per load, not once per language it completes in.</summary>
[Collection(CompilationCountCollection.Name)]
public sealed class PolicyEditorCompilationTests
{
    [Fact]
    public async Task PolicyEditor_LoadedTwice_CompilesThePolicyAtMostOnce()
    {
        // Arrange: the deputy director signed in, the school's session up (it compiled the attached policy).
        using var school = new WebSchool();
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        long compilations = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == IcTelemetry.Name && instrument.Name == IcTelemetry.CompilationsName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref compilations, value));
        listener.Start();

        // Act: the page asks for the parameters in each of the four languages it completes in.
        var first = await browser.GetAsync(new Uri("/policy/editor", UriKind.Relative));
        var second = await browser.GetAsync(new Uri("/policy/editor", UriKind.Relative));

        var byTheEditor = Interlocked.Read(ref compilations);
        _ = PolicyHost.Compile([new PolicySource("probe.icp", "")]);

        // Assert: at most one compilation for the two loads, and the counter does count one (a dead counter fails here).
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.InRange(byTheEditor, 0, 1);
        Assert.Equal(byTheEditor + 1, Interlocked.Read(ref compilations));
    }
}
