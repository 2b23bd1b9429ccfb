using System.Globalization;
using InternalControl.Application.Import;
using InternalControl.Localization;
using InternalControl.Testing;
using static InternalControl.Testing.Cultures;

namespace InternalControl.Application.Tests.Import;

/// <summary>The same import from a workbook and from a ZIP as from a folder, and the size limits that refuse a source.</summary>
public sealed class ImportSourceTests
{
    private static readonly Dictionary<string, int> ValidCounts = new()
    {
        ["classes"] = 2, ["staff"] = 3, ["pupils"] = 3, ["parents"] = 2,
        ["subjects"] = 2, ["teaching"] = 3, ["marks"] = 4, ["absences"] = 2, ["contacts"] = 3,
        ["teacher_qualifications"] = 1, ["plan"] = 0,
    };

    [Fact]
    public void Import_WorkbookWithASheetPerFile_WritesWhatTheFolderWrites()
    {
        // Arrange
        using var folder = new ImportFolder(withFiles: false);
        var book = Path.Combine(folder.Path, "school.xlsx");
        ImportFiles.Workbook(book, ImportFolder.Valid);

        // Act
        var outcome = new SchoolImporter(folder.Database).Import(folder.School, book);

        // Assert
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Summary(CultureInfo.InvariantCulture)));
        Assert.Equal(ValidCounts, outcome.Counts);
        Assert.Equal(ValidCounts.ToDictionary(e => e.Key, e => (long)e.Value), folder.Rows());
    }

    [Fact]
    public void Import_WorkbookWithNumberCells_ReadsThemAsTheDigitsTyped()
    {
        // Arrange
        using var folder = new ImportFolder(withFiles: false);
        var files = new Dictionary<string, string>(ImportFolder.Valid)
        {
            ["classes.csv"] = "class_id,name,grade_level,language,class_teacher_id\n7a,7А,#7,ky,t1\n7b,7Б,#7,ru,t2",
            ["marks.csv"] = "pupil_id,subject_id,date,value,kind\np1,math,2026-09-14,#2,current",
        };
        var book = Path.Combine(folder.Path, "school.xlsx");
        ImportFiles.Workbook(book, files);

        // Act
        var outcome = new SchoolImporter(folder.Database).Import(folder.School, book);

        // Assert
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Summary(CultureInfo.InvariantCulture)));
        var data = folder.Database.Schools.Load(folder.School);
        Assert.Equal(7, data.Classes.Single(c => c.Id == "7a").GradeLevel);
        Assert.Equal(2, data.Marks.Single().Value);
    }

    [Fact]
    public void Import_WorkbookWithBadDateAfterABlankRow_NamesTheSheetRowAndColumnAndWritesNothing()
    {
        // Arrange
        using var folder = new ImportFolder(withFiles: false);
        var files = new Dictionary<string, string>(ImportFolder.Valid)
        {
            ["pupils.csv"] = "pupil_id,full_name,class_id,birth_date\np1,Мамыткулов Айбек Бакытович,7a,2013-04-12\n\np2,Бакыт кызы Айпери,7a,2013-13-40\np3,Иванов Илья Петрович,7b,2013-01-05",
        };
        var book = Path.Combine(folder.Path, "school.xlsx");
        ImportFiles.Workbook(book, files);

        // Act
        var outcome = new SchoolImporter(folder.Database).Import(folder.School, book);

        // Assert
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("school.xlsx", "pupils", 4, "birth_date"), (error.Workbook, error.File, error.Row, error.Column));
        Assert.Equal("school.xlsx, «pupils» парағы, 4-жол, «birth_date» бағаны: " + error.Message(Kk), error.Describe(Kk));
        Assert.Equal("school.xlsx, «pupils» барагы, 4-сап, «birth_date» тилкеси: " + error.Message(Ky), error.Describe(Ky));
        Assert.All(folder.Rows().Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public void Import_WorkbookWithoutAnyExpectedSheet_ListsTheSheetNames()
    {
        // Arrange
        using var folder = new ImportFolder(withFiles: false);
        var book = Path.Combine(folder.Path, "school.xlsx");
        ImportFiles.Workbook(book, new Dictionary<string, string> { ["Sheet1.csv"] = "a,b\n1,2" });

        // Act
        var outcome = new SchoolImporter(folder.Database).Import(folder.School, book);

        // Assert
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("The workbook has none of the sheets classes, staff, pupils, parents, subjects, teaching, marks, absences, contacts, teacher_qualifications, plan.",
            error.Describe(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Import_FileNamedXlsxThatIsNotAWorkbook_IsRefusedInTheReadersLanguage()
    {
        // Arrange
        using var folder = new ImportFolder(withFiles: false);
        var book = Path.Combine(folder.Path, "school.xlsx");
        File.WriteAllText(book, "pupil_id,full_name\n");

        // Act
        var outcome = new SchoolImporter(folder.Database).Import(folder.School, book);

        // Assert
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("school.xlsx: Файл окула турган XLSX китеби эмес.", error.Describe(Ky));
    }

    [Fact]
    public void Import_ZipOfTheFilesInAFolder_WritesWhatTheFolderWrites()
    {
        // Arrange
        using var folder = new ImportFolder(withFiles: false);
        var zip = Path.Combine(folder.Path, "school.zip");
        ImportFiles.Zip(zip, ImportFolder.Valid, folder: "import");

        // Act
        var outcome = new SchoolImporter(folder.Database).Import(folder.School, zip);

        // Assert
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Summary(CultureInfo.InvariantCulture)));
        Assert.Equal(ValidCounts.ToDictionary(e => e.Key, e => (long)e.Value), folder.Rows());
    }

    [Fact]
    public void Import_ZipWithAFileOverTheLimit_IsRefusedByNameAndWritesNothing()
    {
        // Arrange
        using var folder = new ImportFolder(withFiles: false);
        var zip = Path.Combine(folder.Path, "school.zip");
        var files = new Dictionary<string, string>(ImportFolder.Valid) { ["marks.csv"] = "pupil_id,subject_id,date,value,kind\n" + string.Concat(Enumerable.Repeat("p1,math,2026-09-14,2,current\n", 50_000)) };
        ImportFiles.Zip(zip, files);
        var importer = new SchoolImporter(folder.Database, new ImportLimits(FileBytes: 1024 * 1024, TotalBytes: 8 * 1024 * 1024));

        // Act
        var outcome = importer.Import(folder.School, zip);

        // Assert
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("marks.csv: The file is 2 MB, over the limit of 1 MB per file. Nothing was read.", error.Describe(CultureInfo.InvariantCulture));
        Assert.All(folder.Rows().Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public void Import_FolderOverTheTotalLimit_IsRefusedInTheReadersLanguage()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\n" + string.Concat(Enumerable.Repeat("p1,math,2026-09-14,2,current\n", 50_000)));
        var importer = new SchoolImporter(folder.Database, new ImportLimits(FileBytes: 4 * 1024 * 1024, TotalBytes: 1024 * 1024));

        // Act
        var outcome = importer.Import(folder.School, folder.Path);

        // Assert
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("Файлдардың жалпы көлемі 2 МБ, шек — 1 МБ. Ештеңе оқылмады.", error.Describe(Kk));
        Assert.All(folder.Rows().Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public void Import_FileOfAnotherKind_IsRefused()
    {
        // Arrange
        using var folder = new ImportFolder(withFiles: false);
        var path = Path.Combine(folder.Path, "school.ods");
        File.WriteAllText(path, "x");

        // Act
        var outcome = new SchoolImporter(folder.Database).Import(folder.School, path);

        // Assert
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("school.ods: " + Texts.Get("Import.UnknownSource", Ky), error.Describe(Ky));
    }
}
