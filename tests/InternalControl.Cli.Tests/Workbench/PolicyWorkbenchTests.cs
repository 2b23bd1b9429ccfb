using System.Text.Json;
using InternalControl.Application.Policies.Workbench;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Cli.Tests.Workbench;

/// <summary>
/// The policy workbench over a school made by `ic`: the preview is `ic evaluate`'s evaluation with nothing written, attach
/// is `ic policy set`'s, every version is kept, and a rollback attaches an old version again.
/// </summary>
public sealed class PolicyWorkbenchTests
{
    [Fact]
    public void Preview_OfALowerThreshold_CountsTheCasesIcEvaluateOpensOnACopy()
    {
        // Arrange: 5.7 with two "2" marks; the attached policy's cases are open (ic evaluate ran).
        using var school = new WorkbenchSchool();
        var copy = school.Copy();
        var overlay = school.School.Temp.Write("school-12.icp", WorkbenchSchool.Lower);

        // Act
        var preview = school.As(StaffRole.DeputyDirector)!.Preview(WorkbenchSchool.Lower).Value!;
        Assert.Equal(0, Ic.Run("policy", "set", overlay, "--db", copy, "--now", SchoolFixture.Now).ExitCode);
        var evaluated = JsonDocument.Parse(Ic.Run("evaluate", "--json", "--db", copy, "--now", SchoolFixture.Now).Out).RootElement;
        var created = evaluated.GetProperty("started").EnumerateArray().Count(s => s.GetProperty("created").GetBoolean());

        // Assert
        Assert.True(preview.Opening > 0, "A lower threshold opens more cases.");
        Assert.Equal(created, preview.Opening);
        Assert.Equal(0, preview.Closing);
        Assert.Contains(preview.Rules, r => r.Rule.StartsWith("5.7", StringComparison.Ordinal) && r.Opening.Count > 0);
    }

    [Fact]
    public void Preview_OfAHigherThreshold_CountsWhatIcEvaluateStartsWithAndWithoutTheOverlay()
    {
        // Arrange: 5.7 with four "2" marks; two fresh copies, one with the overlay attached by ic policy set.
        using var school = new WorkbenchSchool();
        var before = school.Copy();
        var after = school.Copy();
        var overlay = school.School.Temp.Write("school-12.icp", WorkbenchSchool.Higher);
        Assert.Equal(0, Ic.Run("policy", "set", overlay, "--db", after, "--now", SchoolFixture.Now).ExitCode);

        // Act
        var preview = school.As(StaffRole.Director)!.Preview(WorkbenchSchool.Higher).Value!;
        int Started(string db) => JsonDocument.Parse(Ic.Run("evaluate", "--json", "--db", db, "--now", SchoolFixture.Now).Out).RootElement.GetProperty("started").GetArrayLength();

        // Assert: the cases each policy asks for are the ones ic evaluate starts; the difference would no longer open.
        Assert.Equal(Started(before), preview.Rules.Sum(r => r.Attached));
        Assert.Equal(Started(after), preview.Rules.Sum(r => r.Overlay));
        Assert.True(preview.Closing > 0, "A higher threshold opens fewer cases.");
        Assert.Equal(preview.Rules.Sum(r => r.Attached) - preview.Rules.Sum(r => r.Overlay), preview.Closing);
    }

    [Fact]
    public void PreviewCheckAndTests_WriteNothing_TheTablesHashTheSame()
    {
        // Arrange
        using var school = new WorkbenchSchool();
        var workbench = school.As(StaffRole.DeputyDirector)!;
        var before = school.TableHash();

        // Act
        var preview = workbench.Preview(WorkbenchSchool.Lower);
        var check = workbench.Check(WorkbenchSchool.Lower);
        var tests = workbench.RunTests(WorkbenchSchool.Lower);
        var after = school.TableHash();

        // Assert
        Assert.True(preview.Value!.Opening > 0);
        Assert.True(check.Ok);
        Assert.Empty(tests.Tests);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Attach_WithAnError_IsRefusedWhole_AndNothingChanges()
    {
        // Arrange: a misspelt parameter on line 3, after a valid first override.
        using var school = new WorkbenchSchool();
        var workbench = school.As(StaffRole.DeputyDirector, Language.Ru)!;
        var text = WorkbenchSchool.Higher + "parameter twos_treshold = 5\n";
        var before = school.TableHash();

        // Act
        var attached = workbench.Attach(text);

        // Assert
        Assert.Null(attached.Value);
        var error = Assert.Single(workbench.Check(text).Diagnostics, d => d.IsError);
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("twos_treshold", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, school.TableHash());
        Assert.Equal("10-school-97-low-achievers.icp", school.School.Run("policy", "show").Out.Trim());
    }

    [Fact]
    public void Attach_ThenRollback_KeepsEveryVersionWithWhoAndWhen_AndRunsTheRestoredText()
    {
        // Arrange
        using var school = new WorkbenchSchool();
        var deputy = school.Data.Staff.First(s => s.Has(StaffRole.DeputyDirector)).Id;
        var workbench = school.As(StaffRole.DeputyDirector)!;

        // Act: attach four, then three (the shipped default) ... then roll back to four.
        var first = workbench.Attach(WorkbenchSchool.Higher).Value!.Version;
        var second = school.As(StaffRole.DeputyDirector)!.Attach(WorkbenchSchool.Lower).Value!.Version;
        var rolledBack = school.As(StaffRole.DeputyDirector)!.Rollback(first.Id).Value!;
        var versions = school.As(StaffRole.DeputyDirector)!.Versions();
        var diff = school.As(StaffRole.DeputyDirector)!.Compare(first.Id, second.Id).Value!;

        // Assert: the baseline's version (attached by ic init) and three of the overlay, newest first, each with its author.
        Assert.Equal([3, 2, 1, 1], versions.Select(v => v.Number));
        Assert.Equal(["cli", "staff:" + deputy, "staff:" + deputy, "staff:" + deputy], versions.Select(v => v.AttachedBy).Reverse());
        Assert.Equal(first.Id, versions[0].RestoredFrom);
        Assert.Equal(WorkbenchSchool.Higher, versions[0].Text);
        Assert.Equal(rolledBack.Policy.Rules.Parameters.First(p => p.Name == "twos_threshold").Value, 4.0);
        Assert.Equal(WorkbenchSchool.Higher, school.As(StaffRole.DeputyDirector)!.OverlayText);
        Assert.Equal(2, school.School.Run("policy", "show").Out.Trim().Split('\n').Length);
        Assert.Equal(
            [(DiffKind.Same, "policy \"school-12\" extends \"kg-school-97-low-achievers\""), (DiffKind.Removed, "parameter twos_threshold = 4"), (DiffKind.Added, "parameter twos_threshold = 2")],
            diff.Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public void For_AnyoneButTheDeputyDirectorAndTheDirector_GivesNoWorkbench()
    {
        // Arrange
        using var school = new WorkbenchSchool();

        // Act
        var allowed = new[] { StaffRole.DeputyDirector, StaffRole.Director }.Select(r => school.As(r) is not null);
        var refused = new[] { StaffRole.SubjectTeacher, StaffRole.ClassTeacher, StaffRole.Psychologist, StaffRole.SocialPedagogue }.Select(r => school.As(r) is not null);

        // Assert
        Assert.All(allowed, Assert.True);
        Assert.All(refused, Assert.False);
    }
}
