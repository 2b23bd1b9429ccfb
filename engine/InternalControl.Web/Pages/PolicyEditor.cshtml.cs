using System.Globalization;
using System.Text.Json;
using InternalControl.Application.Policies;
using InternalControl.Application.Policies.Workbench;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Rules.Runtime;
using InternalControl.Storage.Policies;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// The editor of the school's overlay for the deputy director and the director (<see cref="PolicyWorkbench"/>): the
/// diagnostics endpoint the editor calls as one types, the overlay's tests, a preview on today's data, attach, the
/// versions with a comparison and a rollback. For everyone else the page does not exist.
/// </summary>
public sealed class PolicyEditorModel : SchoolPage
{
    private PolicyWorkbench? _workbench;

    /// <summary>The overlay's text as shown in the editor.</summary>
    public string Text { get; private set; } = "";

    public string OverlayFile { get; private set; } = "";

    public PolicyTestRun? Tests { get; private set; }

    public PolicyPreview? Preview { get; private set; }

    /// <summary>Why the last attach or rollback was refused, each message with its place.</summary>
    public IReadOnlyList<PolicyDiagnostic> Refused { get; private set; } = [];

    /// <summary>The version just attached, when the page follows an attach or a rollback.</summary>
    public PolicyVersion? Attached { get; private set; }

    public IReadOnlyList<PolicyVersion> Versions { get; private set; } = [];

    /// <summary>The files the product ships for the school's country whose text the school does not run.</summary>
    public IReadOnlyList<ShippedUpdate> Shipped { get; private set; } = [];

    /// <summary>How many files the last upgrade attached (the redirect after it says so), or null.</summary>
    public int? Upgraded { get; private set; }

    public (PolicyVersion Older, PolicyVersion Newer, IReadOnlyList<DiffLine> Lines)? Comparison { get; private set; }

    /// <summary>What the editor's script reads: the diagnostics endpoint, the words it completes in each language, its texts.</summary>
    public string EditorData { get; private set; } = "{}";

    public IActionResult OnGet(long? a, long? b, long? attached, int? upgraded)
    {
        if (Open() is not { } workbench)
        {
            return Missing();
        }

        Text = workbench.OverlayText;
        Load(workbench);
        Attached = Versions.FirstOrDefault(v => v.Id == attached);
        Upgraded = upgraded;
        if (a is { } older && b is { } newer && workbench.Compare(older, newer).Value is { } lines)
        {
            Comparison = (Versions.First(v => v.Id == older), Versions.First(v => v.Id == newer), lines);
        }

        return Page();
    }

    /// <summary>The diagnostics endpoint: the overlay checked with the attached policy, as JSON (line, column, length, message in the reader's language).</summary>
    public IActionResult OnPostCheck(string? text)
    {
        if (Open() is not { } workbench)
        {
            return Missing();
        }

        var check = workbench.Check(text ?? "");
        return new JsonResult(new
        {
            language = check.Language.Code(),
            ok = check.Ok,
            diagnostics = check.Diagnostics.Select(d => new
            {
                code = d.Code,
                severity = d.IsError ? "error" : "warning",
                file = d.File,
                line = d.Line,
                column = d.Column,
                offset = d.Offset,
                length = d.Length,
                overlay = d.File == workbench.OverlayFile,
                message = d.Message,
            }),
        });
    }

    public IActionResult OnPostTest(string? text)
    {
        if (Open() is not { } workbench)
        {
            return Missing();
        }

        Text = text ?? "";
        Tests = workbench.RunTests(Text);
        Load(workbench);
        return Page();
    }

    public IActionResult OnPostPreview(string? text)
    {
        if (Open() is not { } workbench)
        {
            return Missing();
        }

        Text = text ?? "";
        var preview = workbench.Preview(Text);
        Preview = preview.Value;
        Refused = preview.Value is null ? [.. workbench.Check(Text).Diagnostics.Where(d => d.IsError)] : [];
        Load(workbench);
        return Page();
    }

    public IActionResult OnPostAttach(string? text)
    {
        if (Open() is not { } workbench)
        {
            return Missing();
        }

        Text = text ?? "";
        var attached = workbench.Attach(Text);
        return Done(workbench, attached.Value?.Version, attached.Diagnostics);
    }

    public IActionResult OnPostUpgrade()
    {
        if (Open() is not { } workbench)
        {
            return Missing();
        }

        Text = workbench.OverlayText;
        var upgraded = workbench.Upgrade();
        if (upgraded.Value is { } versions)
        {
            foreach (var version in versions)
            {
                Web.Audit("policy.attached", version.Id.ToString(CultureInfo.InvariantCulture));
            }

            return RedirectToPage("/PolicyEditor", new { upgraded = versions.Count });
        }

        Refused = [.. upgraded.Diagnostics.Where(d => d.IsError).Select(workbench.View)];
        Load(workbench);
        return Page();
    }

    public IActionResult OnPostRollback(long version)
    {
        if (Open() is not { } workbench)
        {
            return Missing();
        }

        Text = workbench.OverlayText;
        var attached = workbench.Rollback(version);
        return Done(workbench, attached.Value?.Version, attached.Diagnostics);
    }

    /// <summary>
    /// Who attached a version: a member of staff by name, the command line, or a dash when not known; a text the product
    /// ships says so after who attached it (or alone, when not known).
    /// </summary>
    public string Who(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var who = version.AttachedBy switch
        {
            "cli" => T("Web.Editor.ByCommandLine"),
            "" => null,
            var actor when actor.StartsWith("staff:", StringComparison.Ordinal) && Web.Session.Data.FindStaff(actor["staff:".Length..]) is { } staff => staff.FullName,
            _ => T("Web.Editor.BySomeoneElse"),
        };
        return (who, version.Shipped) switch
        {
            (null, true) => T("Web.Editor.ByProduct"),
            (null, false) => "—",
            (_, true) => who + " · " + T("Web.Editor.ByProduct"),
            _ => who,
        };
    }

    /// <summary>When, in the school's time, as the reader writes dates and times.</summary>
    public string When(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.AttachedAt.ToOffset(SchoolTime.Offset(Web.Host.Workspace.School.Country)).ToString("g", CultureInfo.CurrentCulture);
    }

    /// <summary>A case a preview lists: the pupil's name and the subject in the reader's language, or the case key.</summary>
    public string Case(WorkflowStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var data = Web.Session.Data;
        var pupil = data.FindPupil(start.PupilId)?.FullName;
        var subject = data.FindSubject(start.SubjectId)?.Name(Texts.Language);
        return pupil is null ? start.Key : subject is null ? pupil : $"{pupil} · {subject}";
    }

    private PolicyWorkbench? Open()
    {
        _workbench ??= PolicyWorkbench.For(Web.Host.Workspace, Web.Access, Texts.Language);
        return _workbench;
    }

    private IActionResult Done(PolicyWorkbench workbench, PolicyVersion? version, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (version is not null)
        {
            Web.Audit("policy.attached", version.Id.ToString(CultureInfo.InvariantCulture));
            return RedirectToPage("/PolicyEditor", new { attached = version.Id });
        }

        Refused = [.. workbench.Check(Text).Diagnostics.Where(d => d.IsError)];
        if (Refused.Count == 0)
        {
            Refused = [.. diagnostics.Where(d => d.IsError).Select(d => new PolicyDiagnostic(d.Code, true, "", 0, 0, 0, 0, d.Message(Texts.Language)))];
        }

        Load(workbench);
        return Page();
    }

    private void Load(PolicyWorkbench workbench)
    {
        Title = T("Web.Editor.Title");
        OverlayFile = workbench.OverlayFile;
        Versions = workbench.Versions();
        Shipped = workbench.ShippedUpdates(Versions);
        var language = PolicyWorkbench.LanguageOf(Text) ?? Texts.Language;
        EditorData = JsonSerializer.Serialize(new
        {
            check = "/policy/editor?handler=Check",
            language = language.Code(),
            words = Languages.All.ToDictionary(l => l.Code(), l => Words(workbench.Words(l))),
            texts = new
            {
                at = T("Web.Editor.At", "{line}", "{column}"),
                none = T("Web.Editor.NoProblems"),
                keyword = T("Web.Editor.Kind.Keyword"),
                type = T("Web.Editor.Kind.Type"),
                field = T("Web.Editor.Kind.Field"),
                function = T("Web.Editor.Kind.Function"),
                parameter = T("Web.Editor.Kind.Parameter"),
                label = T("Web.Editor.Label"),
            },
        });
    }

    private static object Words(PolicyWords words) => new
    {
        keywords = words.Keywords,
        types = words.Types,
        fields = words.Fields,
        functions = words.Functions,
        parameters = words.Parameters.Select(p => new { name = p.Name, detail = p.Detail }),
    };
}
