using System.Globalization;
using InternalControl.Application.Control;
using InternalControl.Testing;

namespace InternalControl.Application.Tests.Control;

public sealed class ScoreImporterTests
{
    private const string Header = "object_id,object_kind,sheet,criterion,score,date,inspector_id\n";

    [Fact]
    public void Read_ValidFile_AllScores()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Write("scores.csv", Header + "t1,teacher,III.3,1,2,2025-10-01,d1\nt1,teacher,III.3,2,1,2025-10-01,d1\n");

        // Act
        var import = ScoreImporter.Read(path, ShippedMatrix.Kazakh);

        // Assert
        Assert.Equal(2, import.Scores.Count);
    }

    [Fact]
    public void Read_ScoreThree_ErrorLocatedInRussian()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Write("scores.csv", Header + "t1,teacher,III.3,1,3,2025-10-01,d1\n");

        // Act
        var import = ScoreImporter.Read(path, ShippedMatrix.Kazakh);

        // Assert
        Assert.Equal(
            "scores.csv, строка 2, столбец «score»: 3 вне допустимых пределов: значение должно быть от 0 до 2.",
            Assert.Single(import.Errors).Describe(CultureInfo.GetCultureInfo("ru-RU")));
    }

    [Fact]
    public void Read_UnknownSheet_ErrorInKazakh()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Write("scores.csv", Header + "t1,teacher,VII.1,1,2,2025-10-01,d1\n");

        // Act
        var import = ScoreImporter.Read(path, ShippedMatrix.Kazakh);

        // Assert
        Assert.Equal(
            "Басқару шешімдерінің матрицасында «VII.1» бағалау парағы жоқ (парақтар I, II.3, III.2, ... түрінде жазылады).",
            Assert.Single(import.Errors).Message(CultureInfo.GetCultureInfo("kk-KZ")));
    }

    [Fact]
    public void Read_OneBadRowAmongGoodOnes_NoScoresKept()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Write("scores.csv", Header + "t1,teacher,III.3,1,2,2025-10-01,d1\nt1,teacher,III.3,2,x,2025-10-01,d1\n");

        // Act
        var import = ScoreImporter.Read(path, ShippedMatrix.Kazakh);

        // Assert
        Assert.Equal((0, 1), (import.Scores.Count, import.Errors.Count));
    }

    [Fact]
    public void Read_CriterionBeyondTheSheet_OutOfRange()
    {
        // Arrange: sheet III.2 has 3 criteria
        using var folder = new TempFolder();
        var path = folder.Write("scores.csv", Header + "c1,class_teacher,III.2,4,2,2025-10-01,d1\n");

        // Act
        var import = ScoreImporter.Read(path, ShippedMatrix.Kazakh);

        // Assert
        Assert.Equal("Import.OutOfRange", Assert.Single(import.Errors).Key);
    }

    [Fact]
    public void Read_SemicolonsAndUnknownInspector_ErrorNamesInspectorColumn()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Write("scores.csv", Header.Replace(',', ';') + "t1;teacher;III.3;1;2;2025-10-01;x9\n");

        // Act
        var import = ScoreImporter.Read(path, ShippedMatrix.Kazakh, new HashSet<string> { "d1" });

        // Assert
        Assert.Equal("inspector_id", Assert.Single(import.Errors).Column);
    }

    [Fact]
    public void Read_MissingColumn_FileRejected()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Write("scores.csv", "object_id,sheet,criterion,score,date,inspector_id\nt1,III.3,1,2,2025-10-01,d1\n");

        // Act
        var import = ScoreImporter.Read(path, ShippedMatrix.Kazakh);

        // Assert
        Assert.Equal(("Import.MissingColumn", "object_kind"), (Assert.Single(import.Errors).Key, import.Errors[0].Column));
    }

    [Fact]
    public void Read_UnclosedQuote_NamesTheRow()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Write("scores.csv", Header + "t1,teacher,III.3,1,2,2025-10-01,d1\nt1,\"teacher,III.3,2,2,2025-10-01,d1\n");

        // Act
        var import = ScoreImporter.Read(path, ShippedMatrix.Kazakh);

        // Assert
        Assert.Equal(("Import.FileNotCsv", 3), (Assert.Single(import.Errors).Key, import.Errors[0].Row));
    }
}
