using System.Text.Json;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

public sealed class ImportCommandTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["subjects.csv"] = "subject_id,name_kk,name_ky,name_ru,name_en\nMATH,Математика,Математика,Математика,Mathematics",
        ["classes.csv"] = "class_id,name,grade_level,language,class_teacher_id\n7a,7А,#7,ky,",
        ["pupils.csv"] = "pupil_id,full_name,class_id,birth_date\nP1,Асанов Бакыт,7a,2013-04-01",
        ["marks.csv"] = "pupil_id,subject_id,date,value,kind\nP1,MATH,2026-11-02,#4,current",
    };

    [Theory]
    [InlineData("ky", "байланыштар")]
    [InlineData("kk", "байланыстар")]
    public void Import_SampleSchool_NamesEveryFilesRowsInTheReadersWords_ContactsAmongThem(string language, string contacts)
    {
        // Arrange
        using var temp = new TempFolder();
        var db = SchoolFixture.Empty(temp);

        // Act
        var run = Ic.Run("import", Path.Combine(AppContext.BaseDirectory, "samples", "kg-school"), "--db", db, "--lang", language);

        // Assert: no row count is named by a raw text key such as [Import.Entity.contacts]
        run.AssertOut(0, contacts);
        Assert.DoesNotMatch(@"\[[A-Z][A-Za-z]*\.[A-Za-z.]+\]", run.Out);
    }

    [Fact]
    public void Import_BadMark_PrintsJsonErrorWithFileRowAndColumn()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = SchoolFixture.Empty(temp);
        temp.Write("in/subjects.csv", "subject_id,name_kk,name_ky,name_ru,name_en\nMATH,Математика,Математика,Математика,Mathematics\n");
        temp.Write("in/classes.csv", "class_id,name,grade_level,language,class_teacher_id\n7a,7А,7,ky,\n");
        temp.Write("in/pupils.csv", "pupil_id,full_name,class_id,birth_date\nP1,Асанов Бакыт,7a,2013-04-01\n");
        temp.Write("in/marks.csv", "pupil_id,subject_id,date,value,kind\nP1,MATH,2026-11-02,7,current\n");

        // Act
        var run = Ic.Run("import", temp.File("in"), "--db", db, "--json", "--lang", "ru");

        // Assert
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("marks.csv", 2, "value"), (error.GetProperty("file").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        var after = Ic.Run("report", "quality", "--db", db, "--json", "--now", "2026-11-27");
        Assert.Empty(JsonDocument.Parse(after.Out).RootElement.GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public void Import_Workbook_WritesEverySheetAndPrintsTheCounts()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = SchoolFixture.Empty(temp);
        var book = temp.File("school.xlsx");
        ImportFiles.Workbook(book, Files);

        // Act
        var run = Ic.Run("import", book, "--db", db, "--json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var imported = JsonDocument.Parse(run.Out).RootElement.GetProperty("imported");
        Assert.Equal((1, 1, 1), (imported.GetProperty("classes").GetInt32(), imported.GetProperty("pupils").GetInt32(), imported.GetProperty("marks").GetInt32()));
    }

    [Fact]
    public void Import_WorkbookWithBadMark_NamesTheSheetRowAndColumnInKyrgyzAndWritesNothing()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = SchoolFixture.Empty(temp);
        var book = temp.File("school.xlsx");
        ImportFiles.Workbook(book, new Dictionary<string, string>(Files) { ["marks.csv"] = "pupil_id,subject_id,date,value,kind\nP1,MATH,2026-11-02,#7,current" });

        // Act
        var json = Ic.Run("import", book, "--db", db, "--json", "--lang", "ky");
        var text = Ic.Run("import", book, "--db", db, "--lang", "ky");

        // Assert
        Assert.Equal(1, json.ExitCode);
        var error = Assert.Single(JsonDocument.Parse(json.Out).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("school.xlsx", "marks", 2, "value"), (error.GetProperty("file").GetString(), error.GetProperty("sheet").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Contains("school.xlsx, «marks» барагы", text.Out, StringComparison.Ordinal);
        var quality = Ic.Run("report", "quality", "--db", db, "--json", "--now", "2026-11-27");
        Assert.Empty(JsonDocument.Parse(quality.Out).RootElement.GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public void Import_DryRun_PrintsWhatWouldBeAddedPerFileAndWritesNothing()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = SchoolFixture.Empty(temp);
        var zip = temp.File("school.zip");
        ImportFiles.Zip(zip, Files);

        // Act
        var dry = Ic.Run("import", zip, "--db", db, "--dry-run", "--lang", "kk");
        var again = Ic.Run("import", zip, "--db", db, "--dry-run", "--json");

        // Assert
        Assert.Equal(0, dry.ExitCode);
        Assert.StartsWith("Әзірге ештеңе жазылған жоқ.", dry.Out.Trim(), StringComparison.Ordinal);
        Assert.Contains("Қосылады", dry.Out, StringComparison.Ordinal);
        var marks = JsonDocument.Parse(again.Out).RootElement.GetProperty("preview").GetProperty("marks");
        Assert.Equal((1, 0, 0), (marks.GetProperty("added").GetInt32(), marks.GetProperty("changed").GetInt32(), marks.GetProperty("unchanged").GetInt32()));
    }

    [Fact]
    public void Report_Xlsx_IsWrittenForTheSampleSchool()
    {
        // Arrange
        using var school = new SchoolFixture();

        // Act
        var (run, path) = school.Report("quality", "xlsx", "--lang", "kk");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(path).Length > 0);
        Assert.StartsWith("Жазылды:", run.Out.Trim());
    }
}
