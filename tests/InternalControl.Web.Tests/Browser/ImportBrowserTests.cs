using Deque.AxeCore.Playwright;
using InternalControl.Kernel.Schools;
using InternalControl.Testing;
using Microsoft.Playwright;

namespace InternalControl.Web.Tests.Browser;

/// <summary>
/// The deputy director uploads an XLSX workbook with an error on the import page in the real browser and reads the
/// located message in Kyrgyz; axe finds no serious or critical violation on the page, before and after.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportBrowserTests(Chromium chromium) : IDisposable
{
    private readonly WebSchool _school = WebSchool.Served();
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task ImportPage_WorkbookWithAnError_ShowsTheSheetRowColumnAndMessageInKyrgyz()
    {
        // Arrange
        var book = _temp.File("мектеп.xlsx");
        ImportFiles.Workbook(book, new Dictionary<string, string>
        {
            ["staff.csv"] = "staff_id,full_name,language,roles\nt900,Жумабекова Айжан Султановна,ky,subject_teacher|class_teacher",
            ["classes.csv"] = "class_id,name,grade_level,language,class_teacher_id\n11z,11З,#11,ky,t900\n11y,11Ы,#14,ky,t900",
        });
        var page = await chromium.Staff(_school, _school.First(StaffRole.DeputyDirector).Id, "ky-KG");
        await page.GotoAsync("/import");
        var empty = await page.RunAxe();

        // Act
        await page.SetInputFilesAsync("#import-files", book);
        await page.ClickAsync("#import-preview-button");
        var cells = await page.Locator("#import-errors tbody tr").First.Locator("td").AllInnerTextsAsync();
        var withErrors = await page.RunAxe();

        // Assert
        Assert.Equal("мектеп.xlsx, «classes» барагы", cells[0]);
        Assert.Equal(("3", "grade_level"), (cells[1], cells[2]));
        Assert.Contains("14", cells[3], StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#import-confirm").CountAsync());
        Assert.DoesNotContain(_school.Workspace.Database.Schools.Load(_school.Workspace.School).Staff, s => s.Id == "t900");
        foreach (var result in new[] { empty, withErrors })
        {
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
            Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        }
    }

    public void Dispose()
    {
        _school.Dispose();
        _temp.Dispose();
    }
}
