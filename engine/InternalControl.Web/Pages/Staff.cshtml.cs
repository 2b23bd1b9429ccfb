using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// The school's heads (deputy director, director): the imported staff, who has a password, and a one-time sign-in
/// link for anyone of them, as `ic users invite` prints it. For everyone else the page does not exist.
/// </summary>
public sealed class StaffModel : SchoolPage
{
    public IReadOnlyList<(Staff Member, bool HasPassword)> Members { get; private set; } = [];

    /// <summary>The member just invited and their link, shown once.</summary>
    public (Staff Member, string Link)? Invited { get; private set; }

    public int ValidDays => AccessStore.InvitationLength.Days;

    /// <summary>The classes whose parents may be sent their links.</summary>
    public IReadOnlyList<ClassGroup> Classes => [.. Web.Session.Data.Classes.OrderBy(c => c.GradeLevel).ThenBy(c => c.Name, StringComparer.Ordinal)];

    /// <summary>After "send the links": the class, how many parents were sent one and how many could not be.</summary>
    public (string Class, int Sent, int Unreachable)? ParentLinksSent { get; private set; }

    public IActionResult OnGet()
    {
        if (!ManagesAccess)
        {
            return Missing();
        }

        Load();
        return Page();
    }

    public IActionResult OnPostInvite(string? staff)
    {
        if (!ManagesAccess || Web.Session.Data.FindStaff(staff) is not { } member)
        {
            return Missing();
        }

        var token = Web.Host.Access.IssueLink(PersonKind.Staff, member.Id, AccessStore.InvitationLength, Web.Person!.Actor);
        Invited = (member, $"{Request.Scheme}://{Request.Host}/signin/{token}");
        Load();
        return Page();
    }

    /// <summary>Sends every parent of a class a one-time sign-in link through their own channel (valid as a staff invitation).</summary>
    public IActionResult OnPostParentLinks(string? classId)
    {
        if (!ManagesAccess || Web.Session.Data.FindClass(classId) is not { } group)
        {
            return Missing();
        }

        var settings = HttpContext.RequestServices.GetRequiredService<Hosting.ParentLinkSettings>();
        var (sent, unreachable) = new ParentLinks(Web.Session, Web.Host.Access, settings.Options()).SendToClass(group.Id, settings.Site(), Web.Person!.Actor)!.Value;
        ParentLinksSent = (group.Name, sent, unreachable);
        Load();
        return Page();
    }

    public string Roles(Staff member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return string.Join(", ", member.Roles.Select(r => T("Role." + r)));
    }

    private void Load()
    {
        Title = T("Web.Staff.Title");
        var school = Web.Host.Workspace.School.Id;
        Members = [.. Web.Session.Data.Staff.OrderBy(s => s.FullName, StringComparer.CurrentCulture)
            .Select(s => (s, Web.Host.Access.HasPassword(new Person(school, PersonKind.Staff, s.Id))))];
    }
}
