using InternalControl.Application.Teachers;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// The heads (the director, the deputy director) record a finding of an attestation or an inspection about a teacher
/// (seed 003; DOMAIN policy 5), as `ic teacher finding` does: it starts the teacher's remediation case, and the page goes
/// to it. A wrong field is named beside the field, in the reader's language, and nothing is recorded. For everyone else
/// the page does not exist.
/// </summary>
public sealed class TeacherFindingModel : SchoolPage
{
    public string? TeacherError { get; private set; }

    public string? TextError { get; private set; }

    public string? SourceError { get; private set; }

    /// <summary>A refusal about the finding as a whole (the school keeps no teacher findings, already recorded today).</summary>
    public string? FormError { get; private set; }

    public string Teacher { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string Source { get; private set; } = TeacherFindingSources.Codes[0];

    public int MaxLength => TeacherFindings.MaxLength;

    /// <summary>The teachers and heads a finding may be about, by name.</summary>
    public IReadOnlyList<Staff> Teachers { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!ManagesAccess)
        {
            return Missing();
        }

        Prepare();
        return Page();
    }

    public IActionResult OnPost(
        [FromForm(Name = "teacher")] string? teacher,
        [FromForm(Name = "finding")] string? text,
        [FromForm(Name = "source")] string? source)
    {
        if (!ManagesAccess)
        {
            return Missing();
        }

        Prepare();
        (Teacher, Text, Source) = (teacher ?? "", text ?? "", source ?? "");
        if (!TeacherFindingSources.TryParse(source, out var from))
        {
            SourceError = T("Teachers.Error.UnknownSource", source ?? "");
            if (TeacherFindings.Check(Web.Session.Data, teacher, text) is { } alsoWrong)
            {
                Place(alsoWrong);
            }

            return Refused();
        }

        var recorded = TeacherFindings.Record(Web.Session, teacher, text, from.Value, Web.Person!.Id);
        if (recorded.Value is not { } started)
        {
            Place(recorded.Errors.First());
            return Refused();
        }

        Web.Audit("teacher.finding", started.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Redirect($"/cases/{started.Id}");
    }

    public string SourceLabel(string code) => T("Web.TeacherFinding.Source." + code);

    private void Prepare()
    {
        Title = T("Web.TeacherFinding.Title");
        Teachers = [.. Web.Session.Data.Staff
            .Where(s => s.Has(StaffRole.SubjectTeacher) || s.Has(StaffRole.ClassTeacher) || s.Has(StaffRole.Director) || s.Has(StaffRole.DeputyDirector))
            .OrderBy(s => s.FullName, StringComparer.CurrentCulture)];
    }

    // Each refusal beside the field it is about.
    private void Place(Diagnostic refusal)
    {
        var message = refusal.Message(Texts.Language);
        switch (refusal.MessageKey)
        {
            case "Teachers.Error.UnknownTeacher":
                TeacherError = message;
                break;
            case "Teachers.Error.EmptyFinding" or "Teachers.Error.FindingTooLong":
                TextError = message;
                break;
            default:
                FormError = message;
                break;
        }
    }

    private IActionResult Refused()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
