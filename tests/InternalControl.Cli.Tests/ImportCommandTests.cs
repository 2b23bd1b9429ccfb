using System.Text.Json;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

public sealed class ImportCommandTests
{
    [Fact]
    public void Import_BadMark_PrintsJsonErrorWithFileRowAndColumn()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = temp.File("ic.db");
        Ic.Run("init", "--country", "kg", "--school", "S", "--year", "2026-2027", "--db", db);
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
    public void Report_Xlsx_IsWrittenForTheSampleSchool()
    {
        // Arrange
        using var school = new SchoolFixture();
        var path = school.Temp.File("quality.xlsx");

        // Act
        var run = school.Run("report", "quality", "--format", "xlsx", "--out", path, "--lang", "kk");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(path).Length > 0);
        Assert.StartsWith("Жазылды:", run.Out.Trim());
    }
}
