using System.Text;
using static InternalControl.Testing.Cultures;

namespace InternalControl.Application.Tests.Import;

/// <summary>Files that are not what the import format says: reported, never a crash.</summary>
public sealed class ImportFileTests
{
    [Fact]
    public void Import_Windows1251File_ReportsNotUtf8()
    {
        // Arrange
        using var folder = new ImportFolder();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        folder.WriteBytes("subjects.csv", Encoding.GetEncoding(1251).GetBytes("subject_id,name_kk,name_ky,name_ru,name_en\nmath,Математика,Математика,Математика,Mathematics\n"));

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("subjects.csv", 0, ""), (error.File, error.Row, error.Column));
        Assert.Equal("Файл не в кодировке UTF-8. В Excel выберите «Сохранить как» и тип «CSV UTF-8».", error.Message(Ru));
        Assert.Equal("Файл UTF-8 кодтауында емес. Excel-де «Басқаша сақтау» командасын және «CSV UTF-8» түрін таңдаңыз.", error.Message(Kk));
    }

    [Fact]
    public void Import_BinaryFile_ReportsNotCsv()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.WriteBytes("marks.csv", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("marks.csv", "Import.FileNotCsv"), (error.File, error.Key));
        Assert.Equal("Файл не является таблицей CSV: начиная со строки 1 его не удаётся прочитать (проверьте кавычки).", error.Message(Ru));
        Assert.Equal("Файл CSV кестесі емес: 1-жолдан бастап оқылмайды (тырнақшаларды тексеріңіз).", error.Message(Kk));
    }

    [Fact]
    public void Import_EmptyFile_ReportsMissingHeader()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.WriteBytes("absences.csv", []);

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("absences.csv", "Import.FileEmpty"), (error.File, error.Key));
        Assert.Equal("Файл пуст: в нём должна быть строка заголовков.", error.Message(Ru));
        Assert.Equal("Файл бос: онда тақырып жолы болуы керек.", error.Message(Kk));
    }

    [Fact]
    public void Import_UnterminatedQuote_ReportsNotCsvAndWritesNothing()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("parents.csv", "parent_id,full_name,pupil_id,language,phone,email\ng1,\"Мамыткулов Бакыт,p1,ky,,\ng2,Иванова Ольга Ивановна,p3,ru,,");

        // Act
        var outcome = folder.Import();

        // Assert
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("parents.csv", "Import.FileNotCsv"), (error.File, error.Key));
        Assert.Equal(0, folder.Rows()["pupils"]);
    }

    [Fact]
    public void Import_MissingFolder_ReportsFolder()
    {
        // Arrange
        using var folder = new ImportFolder();
        var missing = Path.Combine(folder.Path, "nowhere");

        // Act
        var outcome = new InternalControl.Application.Import.SchoolImporter(folder.Database).Import(folder.School, missing);

        // Assert
        var error = Assert.Single(outcome.Errors);
        Assert.Equal($"Папка «{missing}» не найдена.", error.Message(Ru));
    }

    [Fact]
    public void Import_FolderWithoutFiles_ReportsNoFiles()
    {
        // Arrange
        using var folder = new ImportFolder(withFiles: false);

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal("Import.NoFiles", error.Key);
    }

    [Fact]
    public void Import_RandomTextFiles_ReportErrorsWithoutThrowing()
    {
        // Arrange
        using var folder = new ImportFolder(withFiles: false);
        var random = new Random(2026);
        const string alphabet = "ab1;,\"\r\n \tжү-";
        var outcomes = new List<InternalControl.Application.Import.ImportOutcome>();

        // Act
        for (var i = 0; i < 200; i++)
        {
            var header = random.Next(2) == 0 ? "pupil_id,subject_id,date,value,kind\n" : "";
            var body = new string(Enumerable.Range(0, random.Next(1, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            folder.Write("marks.csv", header + body);
            outcomes.Add(folder.Import());
        }

        // Assert
        Assert.Equal(200, outcomes.Count);
        Assert.All(outcomes.SelectMany(o => o.Errors), e => Assert.DoesNotContain("[Import.", e.Message(Ru), StringComparison.Ordinal));
    }
}
