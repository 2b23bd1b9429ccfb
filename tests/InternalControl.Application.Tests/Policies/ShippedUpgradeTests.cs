using InternalControl.Application.Policies;
using InternalControl.Application.Tests.Clauses;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Policies;
using InternalControl.Testing.Databases;
using InternalControl.Testing.Policies;

namespace InternalControl.Application.Tests.Policies;

/// <summary>
/// A school runs the policy texts shipped on the day it began. The product then ships corrections and report tags (the
/// plan's <c>report plan_control</c>, Order No. 130 §2.1) and new files; the deputy director attaches them in one step
/// (`ic policy upgrade`, the policy editor), checked with the school's overlay, or not at all. A text of the school's own
/// under a shipped name stays, and no program takes a school back to a text it had.
/// </summary>
public sealed class ShippedUpgradeTests
{
    private const string PlanFile = "30-internal-control-plan.icp";
    private const string RiskFile = "40-risk-group.icp";
    private const string RiskRule = "VI 7.16 unexcused absences: social-psychological help";
    private static readonly DateOnly January = new(2027, 1, 11);

    [Fact]
    public void Upgrade_PlanShippedBeforeItsTag_OpensTheMonthsControlsAfterwards()
    {
        // Arrange: the school began when the plan file had no `report plan_control` (Order No. 130 §2.1): no control opens.
        using var school = new KzPlanSchool(January);
        OlderProgram.Shipped(school.Workspace.Database, school.Workspace.School.Id, PlanFile, Older(PlanFile, " report plan_control", "").Text);
        Assert.Empty(school.StartMonth());
        var updates = PolicyAttachment.ShippedUpdates(school.Workspace);

        // Act
        var upgraded = PolicyAttachment.Upgrade(school.Workspace, "cli");
        school.Close();

        // Assert: listed, attached as the file's second version of the product's text by who upgraded; January's controls open.
        Assert.Equal([(PlanFile, false)], updates.Select(u => (u.File.File, u.New)));
        Assert.Equal([(PlanFile, 2, "cli", true)], upgraded.Value!.Select(v => (v.File, v.Number, v.AttachedBy, v.Shipped)));
        Assert.Equal(["2.21", "2.16"], school.StartMonth().Select(s => s.Control.Id));
        Assert.Empty(PolicyAttachment.ShippedUpdates(school.Workspace));
    }

    [Fact]
    public void Upgrade_WhenTheSchoolRunsTheShippedTexts_AttachesNothing()
    {
        // Arrange
        using var school = new KzPlanSchool(January);
        var before = school.Workspace.Database.Policies.Versions(school.Workspace.School.Id).Count;

        // Act
        var upgraded = PolicyAttachment.Upgrade(school.Workspace, "cli");

        // Assert
        Assert.Empty(upgraded.Value!);
        Assert.Equal(before, school.Workspace.Database.Policies.Versions(school.Workspace.School.Id).Count);
    }

    [Fact]
    public void Upgrade_SchoolsOwnTextUnderAShippedName_StaysAndIsNotOffered()
    {
        // Arrange: the school attached its own copy of the plan file (`ic policy set`), here without the tag.
        using var school = new KzPlanSchool(January, policy: Older(PlanFile, " report plan_control", ""));

        // Act
        var updates = PolicyAttachment.ShippedUpdates(school.Workspace);
        var upgraded = PolicyAttachment.Upgrade(school.Workspace, "cli");

        // Assert
        Assert.Empty(updates);
        Assert.Empty(upgraded.Value!);
        Assert.DoesNotContain("report plan_control", school.Workspace.Database.Policies.Sources(school.Workspace.School.Id).Single(s => s.File == PlanFile).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedUpdates_AnOlderProgramsTexts_AreNotOfferedToASchoolThatHadThem()
    {
        // Arrange: a school that began on an older text of the plan file and was upgraded to today's.
        using var school = new KzPlanSchool(January);
        var store = school.Workspace.Database.Policies;
        var id = school.Workspace.School.Id;
        var older = Older(PlanFile, " report plan_control", "");
        OlderProgram.Shipped(school.Workspace.Database, id, PlanFile, older.Text);
        Assert.Single(PolicyAttachment.Upgrade(school.Workspace, "cli").Value!);
        var olderProgram = PolicyText.Shipped("kz").Select(f => f.File == PlanFile ? older : f).ToList();

        // Act: what the older program would offer.
        var updates = PolicyAttachment.ShippedUpdates(store.Sources(id), store.Versions(id), olderProgram);

        // Assert
        Assert.Empty(updates);
    }

    [Fact]
    public void Upgrade_FileShippedAfterTheSchoolBeganWithAnOverlay_ComesBeforeTheOverlay()
    {
        // Arrange: a school that began before 40-risk-group.icp was shipped, with its own overlay after the baseline.
        using var school = new KzPlanSchool(January);
        var store = school.Workspace.Database.Policies;
        var id = school.Workspace.School.Id;
        OlderProgram.NotShipped(school.Workspace.Database, id, RiskFile);
        var overlay = new PolicySource("school-overlay.icp", """
            policy "kz-internal-control-school" country kz version 1 extends "kz-internal-control"
            parameter plan_hearing_days = 7 "§2.6: the school hears a control's result within 7 school days"
            """);
        store.Attach(id, overlay, school.Workspace.Clock.GetUtcNow(), "cli");
        var updates = PolicyAttachment.ShippedUpdates(school.Workspace);

        // Act
        var upgraded = PolicyAttachment.Upgrade(school.Workspace, "cli");

        // Assert: the new file is attached after the other shipped files and before the overlay, whose value still holds.
        Assert.Equal([(RiskFile, true)], updates.Select(u => (u.File.File, u.New)));
        Assert.Equal([RiskFile], upgraded.Value!.Select(v => v.File));
        Assert.Equal([.. PolicyText.Shipped("kz").Select(f => f.File), overlay.File], store.Sources(id).Select(s => s.File));
        var policy = PolicyHost.Compile(store.Sources(id)).Value!;
        Assert.Equal(7.0, policy.Rules.Parameters.Single(p => p.Name == "plan_hearing_days").Value);
        Assert.Contains(policy.Rules.Rules, r => r.Name == RiskRule);
    }

    [Fact]
    public void Upgrade_ShippedTextTheOverlayCannotCompileWith_IsRefusedWholeAndChangesNothing()
    {
        // Arrange: the school's overlay disables a rule by the name the older text gave it; the shipped text renames it.
        using var school = new KzPlanSchool(January);
        var store = school.Workspace.Database.Policies;
        var id = school.Workspace.School.Id;
        OlderProgram.Shipped(school.Workspace.Database, id, RiskFile, Older(RiskFile, $"rule \"{RiskRule}\"", $"rule \"{RiskRule} (2025)\"").Text);
        store.Attach(id, new PolicySource("school-overlay.icp", $"""
            policy "kz-internal-control-school" country kz version 1 extends "kz-internal-control"
            disable "{RiskRule} (2025)"
            """), school.Workspace.Clock.GetUtcNow(), "cli");
        var sources = store.Sources(id);
        var versions = store.Versions(id).Count;

        // Act
        var upgraded = PolicyAttachment.Upgrade(school.Workspace, "cli");

        // Assert: refused with the overlay's error at its line; the school runs what it ran, with no new version.
        Assert.Null(upgraded.Value);
        var error = Assert.Single(upgraded.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("school-overlay.icp", 2), (error.Span.File, error.Span.Line));
        Assert.Equal(sources, store.Sources(id));
        Assert.Equal(versions, store.Versions(id).Count);
    }

    [Theory]
    [InlineData("20-b.icp", "10-a.icp,20-b.icp,30-c.icp,90-overlay.icp")]
    [InlineData("10-a.icp", "10-a.icp,20-b.icp,30-c.icp,90-overlay.icp")]
    [InlineData("30-c.icp", "10-a.icp,20-b.icp,30-c.icp,90-overlay.icp")]
    public void Upgraded_ANewShippedFile_GoesAfterTheShippedFilesBeforeItAndBeforeTheOverlay(string added, string expected)
    {
        // Arrange: the school runs the shipped files but one, then its overlay; the changed file keeps its place.
        List<PolicySource> shipped = [new("10-a.icp", "a 2"), new("20-b.icp", "b"), new("30-c.icp", "c")];
        var attached = shipped.Where(f => f.File != added).Select(f => f.File == "10-a.icp" ? f with { Text = "a 1" } : f).Append(new("90-overlay.icp", "o")).ToList();
        var updates = shipped.Where(f => f.File == added).Select(f => new ShippedUpdate(f, true)).ToList();
        if (added != "10-a.icp")
        {
            updates.Insert(0, new ShippedUpdate(shipped[0], false));
        }

        // Act
        var files = PolicyAttachment.Upgraded(attached, updates, shipped);

        // Assert
        Assert.Equal(expected, string.Join(",", files.Select(f => f.File)));
        Assert.Equal("a 2", files[0].Text);
        Assert.Equal("o", files[^1].Text);
    }

    /// <summary>The shipped Kazakh <paramref name="file"/> as an older text had it: <paramref name="now"/> written <paramref name="then"/>.</summary>
    private static PolicySource Older(string file, string now, string then)
    {
        var shipped = PolicyText.Shipped("kz").Single(f => f.File == file);
        Assert.Contains(now, shipped.Text, StringComparison.Ordinal);
        return shipped with { Text = shipped.Text.Replace(now, then, StringComparison.Ordinal) };
    }
}
