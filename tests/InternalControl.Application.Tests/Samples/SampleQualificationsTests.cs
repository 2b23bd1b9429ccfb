using System.Globalization;
using InternalControl.Application.Cases;
using InternalControl.Application.Demo;
using InternalControl.Application.Samples;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Testing;

namespace InternalControl.Application.Tests.Samples;

/// <summary>
/// Issue 14 finding 5: the sample Kazakh school writes teacher_qualifications.csv (seed 003, criteria 2 and 3 of Order
/// No. 486's appendix) with a few teachers due, so that `ic demo` shows the teachers' findings; a Kyrgyz sample writes none.
/// </summary>
public sealed class SampleQualificationsTests
{
    [Fact]
    public void KazakhSample_Imported_EvaluationOpensTeacherRemediationForTheDueTeachersAndTheDeputyDirector()
    {
        // Arrange
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "kz");
        var summary = SampleSchool.Write(new SampleOptions(Country.Kz, 60), folder).Value!;
        var clock = new SteppingClock(SchoolTime.MorningOf(summary.AsOf));
        var created = DemoSchool.Create(folder, SampleManifest.Read(folder), temp.File("school.db"), clock.GetUtcNow());
        Assert.True(created.Import.Succeeded, string.Join("\n", created.Import.Summary(CultureInfo.InvariantCulture)));
        var workspace = Workspace.Open(created.Database.Path, created.School.Name, clock).Value!;
        using var session = SchoolSession.Open(workspace).Value!;

        // Act
        session.Evaluate();

        // Assert: some findings of each kind, not every teacher; the deputy director (t002, three years for the heads) among them.
        var findings = session.Runtime.Cases().Where(c => c.Workflow == "teacher-remediation").Select(c => c.Key).ToList();
        Assert.Equal(summary.Counts["teacher_qualifications"], workspace.Load().Qualifications.Count);
        Assert.Contains(findings, k => k.Contains(";finding=attestation;", StringComparison.Ordinal));
        Assert.Contains(findings, k => k.Contains(";finding=training;", StringComparison.Ordinal));
        Assert.Contains(findings, k => k.StartsWith("teacher=t002;finding=attestation;", StringComparison.Ordinal));
        Assert.InRange(findings.Select(k => k.Split(';')[0]).Distinct().Count(), 2, summary.Counts["teacher_qualifications"] / 2);
    }

    [Fact]
    public void KyrgyzSample_WritesNoTeacherQualifications()
    {
        // Arrange
        using var temp = new TempFolder();

        // Act
        var summary = SampleSchool.Write(new SampleOptions(Country.Kg, 30), temp.Path).Value!;

        // Assert: regulation No. 97 says nothing of categories or courses.
        Assert.False(File.Exists(Path.Combine(temp.Path, "teacher_qualifications.csv")));
        Assert.False(summary.Counts.ContainsKey("teacher_qualifications"));
    }
}
