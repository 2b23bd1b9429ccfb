using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests.District;

/// <summary>
/// `ic document note|minutes|order`: the documents a deputy director and a director hand in, filled from templates in
/// the school's language (issue 14, "Documents"), read back with DocumentFormat.OpenXml. The pupils come from the CSV
/// schools of <see cref="DistrictSchools"/>.
/// </summary>
public sealed class DocumentCommandTests
{
    [Fact]
    public void Minutes_KyrgyzQuarterOne_OneRowPerPupilWithATwoAndNoPlaceholderLeft()
    {
        // Arrange: in quarter 1 only k4 (Касымова Нурия, 5А) has a "2", in maths; No. 97 9.5: the council decides per pupil.
        using var temp = new TempFolder();
        var db = DistrictSchools.Kyrgyz(temp);
        var path = temp.File("minutes.docx");

        // Act
        var document = Written(db, "minutes", path, "ky", "--quarter", "1");

        // Assert
        Assert.Equal(["ПРОТОКОЛ № ___"], document.Headings);
        var table = Assert.Single(document.Tables);
        Assert.Equal(["№", "Окуучунун аты-жөнү", "Класс", "«2» алган сабактары", "Кеңештин чечими"], table[0]);
        Assert.Equal(["1", "Касымова Нурия", "5А", "Математика", "___"], table[1]);
        Assert.Equal(2, table.Count);
        Assert.Equal("№97 мектеп", document.Paragraphs[0].Text);
        Assert.Contains(document.Paragraphs, p => p.Text.StartsWith("Төрага: Директор Д.", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Text.Contains("Орун басар О.", StringComparison.Ordinal) && p.Text.EndsWith("бардыгы 1:", StringComparison.Ordinal));
        Assert.DoesNotContain("{{", AllText(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Note_KazakhQuarterOne_ClassFiguresAndTheSchoolsTotalsInKazakh()
    {
        // Arrange: 7А quarter 1 from the summative points (R33): quality 50%, success 75%, СОУ 64.5% (DistrictReportTests).
        using var temp = new TempFolder();
        var db = DistrictSchools.Kazakh(temp);
        var path = temp.File("note.docx");

        // Act
        var document = Written(db, "note", path, "kk", "--quarter", "1");

        // Assert
        Assert.Equal(["АНЫҚТАМА"], document.Headings);
        var table = Assert.Single(document.Tables);
        Assert.Equal(["Сынып", "Оқушылар саны", "Үздіктер («5»)"], table[0].Take(3));
        Assert.Equal(["7А", "4", "1", "1", "1", "1", "50,0", "75,0", "64,5"], table[1]);
        Assert.Contains(document.Paragraphs, p => p.Text.Contains("білім сапасы 50,0 %, үлгерім 75,0 %, СОУ 64,5 %", StringComparison.Ordinal));
        Assert.Equal("kk-KZ", document.Language);
        Assert.DoesNotContain("{{", AllText(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Order_RussianYear_PupilsWithAYearTwo()
    {
        // Arrange: a year mark "2" in literature for k5 (the council's end-of-year decision, No. 97 9.5)
        using var temp = new TempFolder();
        var db = DistrictSchools.Kyrgyz(temp);
        var marks = temp.File("year");
        Directory.CreateDirectory(marks);
        File.WriteAllLines(Path.Combine(marks, "marks.csv"), ["pupil_id,subject_id,date,value,kind", "k5,lit,2027-05-27,2,year", "k1,lit,2027-05-27,5,year"]);
        Assert.Equal(0, Ic.Run("import", marks, "--db", db).ExitCode);
        var path = temp.File("order.docx");

        // Act
        var document = Written(db, "order", path, "ru", "--year");

        // Assert
        Assert.Equal(["ПРИКАЗ"], document.Headings);
        Assert.Equal(["1", "Токтогулов Азамат", "5А", "Литература", "___"], Assert.Single(document.Tables)[1]);
        Assert.Contains(document.Paragraphs, p => p.Text.Contains("2026-2027 учебный год", StringComparison.Ordinal));
    }

    [Fact]
    public void Minutes_SchoolsOwnTemplate_IsUsedWithItsRepeatedRow()
    {
        // Arrange: templates/ky/minutes.docx beside the database, the school's own wording
        using var temp = new TempFolder();
        var db = DistrictSchools.Kyrgyz(temp);
        var own = Path.Combine(Path.GetDirectoryName(db)!, "templates", "ky", "minutes.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(own)!);
        Template(own, "Биздин протокол: {{school}}, {{date}}", "{{item.no}}", "{{item.pupil}}");
        var path = temp.File("minutes.docx");

        // Act
        var document = Written(db, "minutes", path, "ky", "--quarter", "1");

        // Assert
        Assert.Equal(["Биздин протокол: №97 мектеп, 28.12.2026"], document.Headings);
        Assert.Equal([["1", "Касымова Нурия"]], Assert.Single(document.Tables));
    }

    [Fact]
    public void Minutes_TemplateWithAnUnknownField_RefusedInKyrgyzAndNothingWritten()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = DistrictSchools.Kyrgyz(temp);
        var folder = temp.File("own");
        Template(Path.Combine(folder, "ky", "minutes.docx"), "{{scool}}", "{{item.pupil}}");
        var path = temp.File("minutes.docx");

        // Act
        var run = Document(db, "minutes", path, "ky", "--quarter", "1", "--templates", folder);

        // Assert
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("бул документ билбеген {{scool}} талаасы бар. Эч нерсе жазылган жок.", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Contains("IC3821", run.Out + run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Note_BrokenTemplate_RefusedInRussianAndTheExistingFileKept()
    {
        // Arrange: a "docx" that is not a Word document, and a file already at the target
        using var temp = new TempFolder();
        var db = DistrictSchools.Kyrgyz(temp);
        var folder = temp.File("own");
        Directory.CreateDirectory(Path.Combine(folder, "ru"));
        File.WriteAllText(Path.Combine(folder, "ru", "note.docx"), "not a zip");
        var path = temp.File("note.docx");
        File.WriteAllText(path, "before");

        // Act
        var run = Document(db, "note", path, "ru", "--quarter", "1", "--templates", folder);

        // Assert
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("не читается как документ: он повреждён или сохранён в другом виде. Ничего не записано.", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("DOCX", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Word", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Equal("before", File.ReadAllText(path));
    }

    [Fact]
    public void ShippedTemplates_EveryKindInEveryLanguage_FilledWithNoPlaceholderLeft()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = DistrictSchools.Kyrgyz(temp);
        var headings = new List<string>();

        // Act
        foreach (var language in new[] { "kk", "ky", "ru", "en" })
        {
            foreach (var kind in new[] { "note", "minutes", "order" })
            {
                var path = temp.File(language + "-" + kind + ".docx");
                var document = Written(db, kind, path, language, "--quarter", "1");
                Assert.DoesNotContain("{{", AllText(document), StringComparison.Ordinal);
                Assert.NotEmpty(Assert.Single(document.Tables));
                headings.Add(Assert.Single(document.Headings));
            }
        }

        // Assert
        Assert.Equal(
            ["АНЫҚТАМА", "ХАТТАМА № ___", "БҰЙРЫҚ", "МААЛЫМДАМА", "ПРОТОКОЛ № ___", "БУЙРУК", "СПРАВКА", "ПРОТОКОЛ № ___", "ПРИКАЗ", "REFERENCE NOTE", "MINUTES No. ___", "ORDER"],
            headings);
    }

    [Fact]
    public void Document_UnknownKind_RefusedWithTheKinds()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = DistrictSchools.Kyrgyz(temp);

        // Act
        var run = Document(db, "letter", temp.File("x.docx"), "en");

        // Assert
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("There is no document letter. The documents: note, sheet-note, minutes, order.", run.Out + run.Error, StringComparison.Ordinal);
    }

    /// <summary>Runs `ic document` and reads the document it wrote, failing the test with its output when it fails.</summary>
    private static DocxDocument Written(string db, string kind, string path, string language, params string[] more)
    {
        var run = Document(db, kind, path, language, more);
        run.AssertSucceeded();
        return DocxDocument.Read(path);
    }

    private static IcRun Document(string db, string kind, string path, string language, params string[] more) =>
        Ic.Run(["document", kind, "--out", path, "--db", db, "--now", DistrictSchools.Now, "--lang", language, .. more]);

    private static string AllText(DocxDocument document) =>
        string.Concat(document.Paragraphs.Select(p => p.Text)) + string.Concat(document.Tables.SelectMany(t => t.SelectMany(r => r)));

    /// <summary>A school's own template: a heading and a table whose one row holds item fields.</summary>
    private static void Template(string path, string heading, params string[] itemFields)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(heading))),
            new Table(new TableRow(itemFields.Select(f => new TableCell(new Paragraph(new Run(new Text(f)))))))));
    }
}
