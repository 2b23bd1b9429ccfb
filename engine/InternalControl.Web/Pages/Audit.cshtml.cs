using System.Globalization;
using InternalControl.Application.Access;
using InternalControl.Kernel.Time;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// The audit trail for the school's heads: every sign-in, every view of a pupil's page and every change, with who,
/// when (school time) and what. For everyone else the page does not exist.
/// </summary>
public sealed class AuditModel : SchoolPage
{
    /// <summary>How many of the latest entries the page shows.</summary>
    public const int Latest = 200;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!ManagesAccess)
        {
            return Missing();
        }

        Title = T("Web.Audit.Title");
        Entries = Web.Host.Access.AuditTrail(Latest);
        return Page();
    }

    /// <summary>When, in the school's time, as the reader writes dates and times.</summary>
    public string When(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var local = entry.At.ToOffset(SchoolTime.Offset(Web.Host.Workspace.School.Country));
        return local.ToString("g", CultureInfo.CurrentCulture);
    }

    /// <summary>Who: a member of staff or a parent by name (the heads see the whole school), else their id.</summary>
    public string Who(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var data = Web.Session.Data;
        return entry.Actor.Split(':', 2) switch
        {
            ["staff", var id] => data.StaffName(id)!,
            ["parent", var id] => data.FindParent(id)?.FullName ?? id,
            _ => T("Web.Audit.Anonymous"),
        };
    }

    public string What(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Texts.GetOr("Web.Audit.Action." + entry.Action, entry.Action);
    }

    /// <summary>The page the entry is about, when there is one: a pupil, a case, a class or a task.</summary>
    public string? Href(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Target is null)
        {
            return null;
        }

        var target = Uri.EscapeDataString(entry.Target);
        return entry.Action.Split('.')[0] switch
        {
            "pupil" => "/pupils/" + target,
            "case" => "/cases/" + target,
            "class" => "/classes/" + target,
            "task" => "/tasks/" + target,
            "report" => "/reports/" + target,
            _ => null,
        };
    }

    /// <summary>What the entry is about, in words where the page can say it (a pupil's or a staff member's name).</summary>
    public string Target(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var data = Web.Session.Data;
        return entry.Action.Split('.')[0] switch
        {
            "pupil" => data.PupilName(entry.Target) ?? "",
            "link" => data.FindStaff(entry.Target)?.FullName ?? data.FindParent(entry.Target)?.FullName ?? entry.Target ?? "",
            "class" => data.FindClass(entry.Target)?.Name ?? entry.Target ?? "",
            "report" when InternalControl.Application.Reports.ReportCatalog.Exists(entry.Target) => T(InternalControl.Application.Reports.ReportCatalog.NameKey(entry.Target!)),
            _ => entry.Target is null ? "" : "№" + entry.Target,
        };
    }
}
