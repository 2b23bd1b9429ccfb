using InternalControl.Application.Control;
using InternalControl.Application.Demo;
using InternalControl.Application.Policies;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Testing;
using InternalControl.Testing.Rules;

namespace InternalControl.Application.Tests.Engines;

/// <summary>Both sample schools (samples/), with their country's shipped policy, give the same answers on both engines.</summary>
public sealed class SampleParityTests
{
    [Theory]
    [InlineData("kg-school")]
    [InlineData("kz-school")]
    public void Evaluate_SampleSchool_BothEnginesGiveTheSameFiringsFactsStartsNoticesAndDecisions(string sample)
    {
        // Arrange
        var (policy, data, calendar, now) = Load(sample);

        // Act
        var compiled = policy.Evaluate(data, calendar, now, RuleEngineKind.Compiled);
        var nrules = policy.Evaluate(data, calendar, now, RuleEngineKind.NRules);

        // Assert
        Assert.NotEmpty(compiled.Firings);
        var (a, b) = (EngineParity.Lines(compiled), EngineParity.Lines(nrules));
        Assert.True(a.SequenceEqual(b), EngineParity.Difference(a, b));
    }

    [Fact]
    public void Add_SampleMarksOneByOne_NRulesSessionEqualsTheBatch()
    {
        // Arrange: the Kyrgyz sample without its last 300 marks, which then arrive one by one
        var (policy, data, calendar, now) = Load("kg-school");
        var held = data.Marks.TakeLast(300).ToList();
        var partial = data with { Marks = [.. data.Marks.SkipLast(300)] };
        var session = policy.OpenSession(partial, calendar, now, RuleEngineKind.NRules);
        session.Run();

        // Act
        foreach (var mark in held)
        {
            session.Add(mark);
        }

        // Assert
        var (a, b) = (EngineParity.Lines(policy.Evaluate(data, calendar, now, RuleEngineKind.Compiled)), EngineParity.Lines(session.Result()));
        Assert.True(a.SequenceEqual(b), EngineParity.Difference(a, b));
    }

    private static (CompiledPolicy Policy, SchoolData Data, SchoolCalendar Calendar, DateOnly Now) Load(string sample)
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(RepositoryRoot.Path, "samples", sample);
        var manifest = SampleManifest.Read(folder);
        var demo = DemoSchool.Create(folder, manifest, temp.File("school.db"), new DateTimeOffset(manifest.AsOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        Assert.True(demo.Import.Succeeded);
        var policy = PolicyHost.Compile(demo.Database.Policies.Sources(demo.School.Id)).Value!.Rules;
        var scores = Path.Combine(folder, "scores.csv");
        if (File.Exists(scores))
        {
            var staff = demo.Database.Schools.Load(demo.School).Staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var read = ScoreImporter.Read(scores, DecisionMatrix.From(policy)!, staff);
            Assert.True(read.Succeeded);
            demo.Database.Scores.Save(demo.School.Id, read.Scores);
        }

        var data = demo.Database.Scores.WithScores(demo.Database.Schools.Load(demo.School));
        var calendar = CalendarCatalog.FindOrPlain(manifest.Country.Code(), manifest.Year);
        return (policy, data, calendar, manifest.AsOf);
    }
}
