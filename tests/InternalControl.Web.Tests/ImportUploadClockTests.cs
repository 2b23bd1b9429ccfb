using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using InternalControl.Kernel.Schools;
using Microsoft.Extensions.DependencyInjection;

namespace InternalControl.Web.Tests;

/// <summary>The import page's uploads age by the school's injected clock: an hour by that clock, not by the file system's, and the upload is gone.</summary>
public sealed partial class ImportUploadClockTests
{
    private const string Staff = "staff_id,full_name,language,roles\nt900,Жумабекова Айжан Султановна,ky,subject_teacher|class_teacher";

    [Fact]
    public async Task Confirm_AnHourAndMoreAfterThePreviewByTheSchoolsClock_IsRefusedAndWritesNothing()
    {
        // Arrange: a preview, then the school's clock 59 minutes on (a second upload sweeps the folder), then 2 more.
        using var school = new WebSchool();
        var uploads = school.Services.GetRequiredService<Imports.ImportUploads>();
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        var preview = await browser.Upload([("staff.csv", Encoding.UTF8.GetBytes(Staff))]);
        var id = UploadId().Match(preview.Html).Groups[1].Value;
        var start = school.Clock.Now;
        school.Clock.Now = start.AddMinutes(59);
        await browser.Upload([("staff.csv", Encoding.UTF8.GetBytes(Staff))]);
        var keptAfter59 = Directory.Exists(Path.Combine(uploads.Root, id));
        school.Clock.Now = start.AddMinutes(61);

        // Act
        var written = await browser.Post("/import?handler=Import", [new("upload", id)], tokenFrom: "/import");

        // Assert: kept within the hour; after it, the page says the upload is no longer kept, and nothing is written.
        Assert.True(keptAfter59);
        Assert.Equal(HttpStatusCode.OK, written.Status);
        Assert.Contains("Бул жүктөө мындан ары сакталбайт", written.Html, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(uploads.Root, id)));
        Assert.DoesNotContain(school.Workspace.Database.Schools.Load(school.Workspace.School).Staff, s => s.Id == "t900");
    }

    [GeneratedRegex("name=\"upload\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex UploadId();
}
