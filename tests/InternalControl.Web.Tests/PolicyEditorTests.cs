using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Testing.Databases;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Web.Tests;

/// <summary>
/// The policy pages of the deputy director and the director: the diagnostics endpoint the editor calls as one types (in the
/// reader's language, at the line and column), attach refused whole, roll back, and no page for anyone else.
/// </summary>
public sealed class PolicyEditorTests
{
    /// <summary>5.7's threshold overridden, then a misspelt parameter on line 3 (column 1: the parameter statement).</summary>
    private const string Misspelt = "policy \"school-12\" extends \"kg-school-97-low-achievers\"\nparameter twos_threshold = 4\nparameter twos_treshold = 5\n";

    private const string Higher = "policy \"school-12\" extends \"kg-school-97-low-achievers\"\nparameter twos_threshold = 4\n";

    [Theory]
    [InlineData("kk", "Негізгі ережеде 'twos_treshold' параметрі жоқ. 'twos_threshold' деп айтпақ болдыңыз ба?")]
    [InlineData("ky", "Негизги жободо 'twos_treshold' параметри жок. 'twos_threshold' дегиңиз келдиби?")]
    [InlineData("ru", "В базовой политике нет параметра 'twos_treshold'. Возможно, вы имели в виду 'twos_threshold'?")]
    [InlineData("en", "The baseline policy has no parameter 'twos_treshold'. Did you mean 'twos_threshold'?")]
    public async Task CheckEndpoint_InEachLanguage_GivesTheMessageAtItsLineAndColumn(string language, string message)
    {
        // Arrange
        using var school = new WebSchool();
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        await browser.Post("/language", [new("lang", language)], tokenFrom: "/");

        // Act
        var answer = await browser.Post("/policy/editor?handler=Check", [new("text", Misspelt)], tokenFrom: "/policy/editor");

        // Assert
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var diagnostic = Assert.Single(JsonDocument.Parse(answer.Html).RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(
            ("IC1240", "error", 3, 1, message),
            (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32(), diagnostic.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task EditorScript_IsServed_FromTheCommittedBuildOfTheLockedCodeMirror()
    {
        // Arrange
        using var school = new WebSchool();
        string Locked(string name) => Frontend.Locked(name);
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);

        // Act: the script served as JavaScript
        var editor = await browser.Get("/policy/editor");
        var script = await Frontend.Script(school, "/policy-editor.js");

        // Assert: the page loads it; its first line names the locked versions it was built from.
        Assert.Contains("<script src=\"/policy-editor.js\" defer></script>", editor.Html, StringComparison.Ordinal);
        Assert.StartsWith($"/*! policy editor: @codemirror/state@{Locked("@codemirror/state")}, @codemirror/view@{Locked("@codemirror/view")}, ", script, StringComparison.Ordinal);
        Assert.Contains($"@codemirror/lint@{Locked("@codemirror/lint")}, @codemirror/autocomplete@{Locked("@codemirror/autocomplete")} (MIT)", script.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTests_AFailingTestBlock_IsShownAsFailed_WithWhereAndWhy_BesideThePassingOne()
    {
        // Arrange: an overlay that raises 5.7's threshold to four 2s, with one test that still expects three to open a case.
        using var school = new WebSchool();
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        var overlay = Overlays.School12 + "\n\n" + Overlays.TwosTest("three 2s still open a case", 3, started: true)
            + "\n\n" + Overlays.TwosTest("two 2s open no case", 2, started: false);

        // Act
        var answer = await browser.Post("/policy/editor?handler=Test", [new("text", overlay)], tokenFrom: "/policy/editor");

        // Assert: one row each, the failed one with a located message, and nothing attached.
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var failed = Regex.Match(answer.Html, "<tr class=\"failed\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(failed.Success, "no failed row");
        Assert.Contains("three 2s still open a case", failed.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("<div class=\"error\">", failed.Groups[1].Value, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(answer.Html, "<tr class=\"failed\">"));
        Assert.Single(Regex.Matches(answer.Html, "<tr class=\"passed\">"));
        Assert.Single(school.Workspace.Database.Policies.Versions(school.Workspace.School.Id));
    }

    [Fact]
    public async Task Attach_WithAnError_IsRefusedWhole_AndNothingChanges()
    {
        // Arrange
        using var school = new WebSchool();
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        var sources = school.Workspace.Database.Policies.Sources(school.Workspace.School.Id);
        var versions = school.Workspace.Database.Policies.Versions(school.Workspace.School.Id);

        // Act
        var answer = await browser.Post("/policy/editor?handler=Attach", [new("text", Misspelt)], tokenFrom: "/policy/editor");

        // Assert: the page says why, in Kyrgyz (the school's language), where; the attached files and versions are as they were.
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Эч нерсе тиркелген жок: жобо компиляцияланбайт.", answer.Html, StringComparison.Ordinal);
        Assert.Contains("3-сап, 1-тилке: IC1240: Негизги жободо &#x27;twos_treshold&#x27; параметри жок.", answer.Html, StringComparison.Ordinal);
        Assert.Equal(sources, school.Workspace.Database.Policies.Sources(school.Workspace.School.Id));
        Assert.Equal(versions, school.Workspace.Database.Policies.Versions(school.Workspace.School.Id));
    }

    [Fact]
    public async Task AttachThenRollback_RestoresTheEarlierText_AsANewVersionByTheDeputyDirector()
    {
        // Arrange
        using var school = new WebSchool();
        var deputy = school.First(StaffRole.DeputyDirector);
        var browser = await school.Staff(deputy.Id);
        var store = school.Workspace.Database.Policies;
        var id = school.Workspace.School.Id;
        await browser.Post("/policy/editor?handler=Attach", [new("text", Higher)], tokenFrom: "/policy/editor");
        var first = store.Versions(id)[0];
        await browser.Post("/policy/editor?handler=Attach", [new("text", Higher.Replace("= 4", "= 5", StringComparison.Ordinal))], tokenFrom: "/policy/editor");

        var second = store.Versions(id)[0];

        // Act
        var compared = await browser.Get(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/policy/editor?a={first.Id}&b={second.Id}"));
        var rolledBack = await browser.Post("/policy/editor?handler=Rollback", [new("version", first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], tokenFrom: "/policy/editor");

        // Assert: the overlay runs the first text again; three versions of it, the newest restoring the first, all by the deputy.
        Assert.Contains("<span class=\"removed\">- parameter twos_threshold = 4", compared.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"added\">&#x2B; parameter twos_threshold = 5", compared.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rolledBack.Status);
        Assert.Contains("school-overlay.icp файлынын 3-версиясы тиркелди.", rolledBack.Html, StringComparison.Ordinal);
        Assert.Equal(Higher, store.Sources(id)[^1].Text);
        var overlay = store.Versions(id).Where(v => v.File == "school-overlay.icp").ToList();
        Assert.Equal([3, 2, 1], overlay.Select(v => v.Number));
        Assert.Equal(first.Id, overlay[0].RestoredFrom);
        Assert.All(overlay, v => Assert.Equal("staff:" + deputy.Id, v.AttachedBy));
        Assert.Contains(deputy.FullName, rolledBack.Html, StringComparison.Ordinal);
        Assert.Contains(school.Access.AuditTrail(), e => e.Action == "policy.attached" && e.Target == overlay[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task PolicyPage_ShowsTheAttachedPolicyInTheReadersWords_WithItsParametersClauses()
    {
        // Arrange
        using var school = new WebSchool();
        var browser = await school.Staff(school.First(StaffRole.Director).Id);
        await browser.Post("/language", [new("lang", "kk")], tokenFrom: "/");

        // Act
        var page = await browser.Get("/policy");

        // Assert: the shipped file's `rule`/`when` in Kazakh words, coloured; 5.7's parameter with its clause.
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<span class=\"tok-kw\">ереже</span>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tok-kw\">егер</span>", page.Html, StringComparison.Ordinal);
        Assert.Matches("<code>twos_threshold</code></td>\\s*<td>\\s*3\\s*</td>\\s*<td>5.7</td>", page.Html);
    }

    [Fact]
    public async Task PolicyPages_ForAnyoneButTheDeputyDirectorAndTheDirector_DoNotExist()
    {
        // Arrange: a subject teacher, a class teacher, the psychologist, a parent; then the heads.
        using var school = new WebSchool();
        var others = new[]
        {
            await school.Staff(school.TaskFor(WorkflowRole.SubjectTeacher).Assignee!),
            await school.Staff(school.First(StaffRole.ClassTeacher).Id),
            await school.Staff(school.First(StaffRole.Psychologist).Id),
            await school.SignedIn(PersonKind.Parent, school.Data.Parents[0].Id),
        };
        var heads = new[] { await school.Staff(school.First(StaffRole.DeputyDirector).Id), await school.Staff(school.First(StaffRole.Director).Id) };
        var versions = school.Workspace.Database.Policies.Versions(school.Workspace.School.Id).Count;

        // Act
        var refused = new List<HttpStatusCode>();
        foreach (var browser in others)
        {
            refused.Add((await browser.Get("/policy")).Status);
            refused.Add((await browser.Get("/policy/editor")).Status);
            refused.Add((await browser.Post("/policy/editor?handler=Check", [new("text", Higher)], tokenFrom: "/")).Status);
            refused.Add((await browser.Post("/policy/editor?handler=Attach", [new("text", Higher)], tokenFrom: "/")).Status);
        }

        var allowed = new List<HttpStatusCode>();
        foreach (var browser in heads)
        {
            allowed.Add((await browser.Get("/policy")).Status);
            allowed.Add((await browser.Get("/policy/editor")).Status);
        }

        // Assert
        Assert.All(refused, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(versions, school.Workspace.Database.Policies.Versions(school.Workspace.School.Id).Count);
    }

    [Fact]
    public async Task Upgrade_SchoolOnAnOlderShippedText_TheDeputyDirectorAttachesTheShippedOne_ATeacherCannot()
    {
        // Arrange: the school began on the No. 97 file as shipped before its report tags (the 5.9, 5.10 and 9.3 reports read its cases by them).
        using var school = new WebSchool();
        var deputy = school.First(StaffRole.DeputyDirector);
        var store = school.Workspace.Database.Policies;
        var id = school.Workspace.School.Id;
        var shipped = store.Sources(id).Single();
        OlderProgram.Shipped(school.Workspace.Database, id, shipped.File, shipped.Text.Replace(" report low_achievers", "", StringComparison.Ordinal));
        var teacher = await school.Staff(school.First(StaffRole.ClassTeacher).Id);
        var browser = await school.Staff(deputy.Id);

        // Act
        var refused = await teacher.Post("/policy/editor?handler=Upgrade", [], tokenFrom: "/");
        var before = await browser.Get("/policy/editor");
        var upgraded = await browser.Post("/policy/editor?handler=Upgrade", [], tokenFrom: "/policy/editor");

        // Assert: the teacher finds no such page; the deputy sees the file listed, attaches it, and the notice is gone.
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        var listed = Regex.Match(before.Html, "<section class=\"notice\" id=\"shipped\".*?</section>", RegexOptions.Singleline);
        Assert.True(listed.Success, "no shipped texts listed");
        Assert.Contains("<code>10-school-97-low-achievers.icp</code> · тиркелген файлдын башка тексти", listed.Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, upgraded.Status);
        Assert.Contains("Программа берген тексттерден тиркелген файлдар: 1.", upgraded.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"shipped\"", upgraded.Html, StringComparison.Ordinal);
        Assert.Equal(shipped, store.Sources(id).Single());
        var version = store.Versions(id)[0];
        Assert.Equal((2, "staff:" + deputy.Id, true), (version.Number, version.AttachedBy, version.Shipped));
        Assert.Contains(deputy.FullName + " · программа (берилген текст)", upgraded.Html, StringComparison.Ordinal);
        Assert.Contains(school.Access.AuditTrail(), e => e.Action == "policy.attached" && e.Target == version.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
