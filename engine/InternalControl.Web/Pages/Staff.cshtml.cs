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
        if (!ManagesAccess || Web.Session.Data.Staff.FirstOrDefault(s => s.Id == staff) is not { } member)
        {
            return Missing();
        }

        var token = Web.Host.Access.IssueLink(PersonKind.Staff, member.Id, AccessStore.InvitationLength, Web.Person!.Actor);
        Invited = (member, $"{Request.Scheme}://{Request.Host}/signin/{token}");
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
