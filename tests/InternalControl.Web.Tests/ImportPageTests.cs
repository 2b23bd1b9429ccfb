using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using InternalControl.Application.Access;
using InternalControl.Application.Import;
using InternalControl.Kernel.Schools;
using InternalControl.Testing;
using InternalControl.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace InternalControl.Web.Tests;

/// <summary>
/// The heads' import page over the sample school on real SQLite: the preview per file, the confirmed write of all or
/// nothing, errors located by file (or sheet), row and column, the size limit, and who reaches the page.
/// </summary>
public sealed partial class ImportPageTests
{
    // Read in this order: staff, classes, pupils; a new teacher, her new class and a pupil in it.
    private static readonly Dictionary<string, string> Files = new()
    {
        ["staff.csv"] = "staff_id,full_name,language,roles\nt900,Жумабекова Айжан Султановна,ky,subject_teacher|class_teacher\nt001,Токтосунова Каныкей Бекзатовна,ky,director",
        ["classes.csv"] = "class_id,name,grade_level,language,class_teacher_id\n11z,11З,#11,ky,t900",
        ["pupils.csv"] = "pupil_id,full_name,class_id,birth_date\np9001,Асанов Бекжан Нурланович,11z,2009-03-14\np9002,Токтогулова Жибек Маратовна,11z,2009-07-01",
    };

    [Fact]
    public async Task Preview_ThenConfirm_ShowsTheCountsPerFileAndWritesOnlyOnConfirmation()
    {
        // Arrange
        using var school = new WebSchool();
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        var upload = Files.Select(f => (f.Key, Csv(f.Value)));

        // Act
        var preview = await browser.Upload(upload);
        var heldAfterPreview = school.Workspace.Database.Schools.Load(school.Workspace.School);
        var id = UploadId().Match(preview.Html).Groups[1].Value;
        var written = await browser.Post("/import?handler=Import", [new("upload", id)], tokenFrom: "/import");

        // Assert
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Matches(Row("staff", 1, 0, 1), preview.Html);
        Assert.Matches(Row("classes", 1, 0, 0), preview.Html);
        Assert.Matches(Row("pupils", 2, 0, 0), preview.Html);
        Assert.DoesNotContain(heldAfterPreview.Staff, s => s.Id == "t900");
        Assert.Equal(HttpStatusCode.OK, written.Status);
        var held = school.Workspace.Database.Schools.Load(school.Workspace.School);
        Assert.Equal(2, held.Pupils.Count(p => p.ClassId == "11z"));
        Assert.Contains(school.Access.AuditTrail(), e => e.Action == "import.written");
    }

    [Fact]
    public async Task Preview_AZipOfTheCsvFiles_ShowsTheSameCountsAsTheFilesThemselves()
    {
        // Arrange: the same three files, packed as a school's export often comes.
        using var school = new WebSchool();
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in Files)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(Csv(text));
            }
        }

        // Act
        var preview = await browser.Upload([("мектеп.zip", zip.ToArray())]);

        // Assert
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Matches(Row("staff", 1, 0, 1), preview.Html);
        Assert.Matches(Row("classes", 1, 0, 0), preview.Html);
        Assert.Matches(Row("pupils", 2, 0, 0), preview.Html);
        Assert.DoesNotContain(school.Workspace.Database.Schools.Load(school.Workspace.School).Staff, s => s.Id == "t900");
    }

    [Fact]
    public async Task Preview_BadRowInTheThirdFile_ShowsTheLocatedErrorAndWritesNothing()
    {
        // Arrange
        using var school = new WebSchool();
        var browser = await school.Staff(school.First(StaffRole.Director).Id);
        var files = new Dictionary<string, string>(Files)
        {
            ["pupils.csv"] = "pupil_id,full_name,class_id,birth_date\np9001,Асанов Бекжан Нурланович,11z,2009-03-14\np9002,Токтогулова Жибек Маратовна,11z,2009-02-30",
        };

        // Act
        var page = await browser.Upload(files.Select(f => (f.Key, Csv(f.Value))));

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Matches(ErrorRow("pupils.csv", "3", "birth_date"), page.Html);
        Assert.DoesNotContain("import-confirm", page.Html, StringComparison.Ordinal);
        var held = school.Workspace.Database.Schools.Load(school.Workspace.School);
        Assert.DoesNotContain(held.Staff, s => s.Id == "t900");
        Assert.DoesNotContain(held.Classes, c => c.Id == "11z");
        Assert.Empty(Directory.GetDirectories(school.Services.GetRequiredService<Imports.ImportUploads>().Root));
    }

    [Fact]
    public async Task Preview_WorkbookWithAnError_NamesTheSheetRowAndColumnInKyrgyz()
    {
        // Arrange
        using var school = new WebSchool();
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        using var temp = new TempFolder();
        var book = temp.File("мектеп.xlsx");
        ImportFiles.Workbook(book, new Dictionary<string, string>(Files)
        {
            ["classes.csv"] = "class_id,name,grade_level,language,class_teacher_id\n11z,11З,#14,ky,t900",
        });

        // Act
        var page = await browser.Upload([("мектеп.xlsx", File.ReadAllBytes(book))]);

        // Assert
        Assert.Matches(ErrorRow("мектеп.xlsx, «classes» барагы", "2", "grade_level"), page.Html);
        Assert.Contains("Эч нерсе импорттолгон жок.", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(school.Workspace.Database.Schools.Load(school.Workspace.School).Staff, s => s.Id == "t900");
    }

    [Fact]
    public async Task Preview_UploadOverTheLimit_IsRefusedWithAPageThatSaysSo()
    {
        // Arrange
        using var school = WebSchool.WithImportLimits(new ImportLimits(FileBytes: 1024, TotalBytes: 1024));
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        var large = "pupil_id,full_name,class_id,birth_date\n" + string.Concat(Enumerable.Repeat("p9001,Асанов Бекжан Нурланович,11z,2009-03-14\n", 2000));

        // Act
        var page = await browser.Upload([("pupils.csv", Encoding.UTF8.GetBytes(large))]);

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("Жүктөө 1 МБ чегинен чоң.", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(school.Workspace.Database.Schools.Load(school.Workspace.School).Pupils, p => p.Id == "p9001");
    }

    [Fact]
    public async Task ImportPage_OnlyTheDeputyDirectorAndTheDirector_ReachIt()
    {
        // Arrange
        using var school = new WebSchool();
        var heads = new[] { await school.Staff(school.First(StaffRole.DeputyDirector).Id), await school.Staff(school.First(StaffRole.Director).Id) };
        var others = new[]
        {
            await school.Staff(school.TaskFor(WorkflowRole.SubjectTeacher).Assignee!),
            await school.Staff(school.First(StaffRole.ClassTeacher).Id),
            await school.Staff(school.First(StaffRole.Psychologist).Id),
            await school.SignedIn(PersonKind.Parent, school.Data.Parents[0].Id),
        };

        // Act
        var headAnswers = new List<(HttpStatusCode Status, string Html)>();
        foreach (var browser in heads)
        {
            headAnswers.Add(await browser.Get("/import"));
        }

        var otherAnswers = new List<HttpStatusCode>();
        foreach (var browser in others)
        {
            otherAnswers.Add((await browser.Get("/import")).Status);
            otherAnswers.Add((await browser.Upload(Files.Select(f => (f.Key, Csv(f.Value))))).Status);
        }

        var anonymous = await school.Browser(followRedirects: false).GetAsync(new Uri("/import", UriKind.Relative));

        // Assert
        Assert.All(headAnswers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(headAnswers, a => Assert.Contains("href=\"/import\"", a.Html, StringComparison.Ordinal));
        Assert.All(otherAnswers, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.DoesNotContain(school.Workspace.Database.Schools.Load(school.Workspace.School).Staff, s => s.Id == "t900");
    }

    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text.Replace(",#", ",", StringComparison.Ordinal) + "\n");

    /// <summary>A preview row: the file's name in Kyrgyz, then added, changed, unchanged.</summary>
    private static Regex Row(string entity, int added, int changed, int unchanged) =>
        new($"<tr data-entity=\"{entity}\">\\s*<td>[^<]+</td>\\s*<td>{added}</td>\\s*<td>{changed}</td>\\s*<td>{unchanged}</td>");

    private static Regex ErrorRow(string place, string row, string column) =>
        new($"<td>{Regex.Escape(place)}</td>\\s*<td>{row}</td>\\s*<td>{column}</td>\\s*<td>[^<]+</td>");

    [GeneratedRegex("name=\"upload\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex UploadId();
}
