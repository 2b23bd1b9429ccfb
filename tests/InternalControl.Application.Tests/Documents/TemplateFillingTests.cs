using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InternalControl.Application.Documents;
using InternalControl.Localization;
using InternalControl.Testing;

namespace InternalControl.Application.Tests.Documents;

/// <summary>How a school's own template is filled: placeholders Word split over runs, the page header, and the refusals.</summary>
public sealed class TemplateFillingTests
{
    private static readonly DocumentContent Minutes = new(
        DocumentKind.Minutes,
        new Dictionary<string, string> { ["school"] = "№97 мектеп", ["date"] = "28.12.2026", ["count"] = "2" },
        [
            new Dictionary<string, string> { ["no"] = "1", ["pupil"] = "Асанов Бакыт" },
            new Dictionary<string, string> { ["no"] = "2", ["pupil"] = "Бекова Айжан" },
        ]);

    [Fact]
    public void Fill_PlaceholderSplitOverRunsAndOneInTheHeader_AllReplaced()
    {
        // Arrange: Word keeps "{{sch" and "ool}}" in two runs after an edit in the middle of the word.
        using var temp = new TempFolder();
        var folder = temp.File("templates");
        Template(folder, header: "{{date}}", body: [new Run(new Text("Мектеп: {{sch")), new Run(new Text("ool}}, {{count}}"))]);
        using var output = new MemoryStream();

        // Act
        var refused = SchoolDocuments.Write(Minutes, Language.Ky, folder, output);

        // Assert
        Assert.Null(refused);
        output.Position = 0;
        using var document = WordprocessingDocument.Open(output, false);
        Assert.Equal("Мектеп: №97 мектеп, 2", document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First().InnerText);
        Assert.Equal("28.12.2026", document.MainDocumentPart.HeaderParts.Single().Header!.InnerText);
        Assert.Equal(["1Асанов Бакыт", "2Бекова Айжан"], document.MainDocumentPart.Document.Body.Descendants<TableRow>().Select(r => r.InnerText));
    }

    [Fact]
    public void Fill_ListFieldOutsideATableRow_RefusedAndNothingWritten()
    {
        // Arrange
        using var temp = new TempFolder();
        var folder = temp.File("templates");
        Template(folder, header: null, body: [new Run(new Text("{{item.pupil}}"))]);
        using var output = new MemoryStream();

        // Act
        var refused = SchoolDocuments.Write(Minutes, Language.Kk, folder, output);

        // Assert
        Assert.Equal("IC3822", refused?.Code);
        Assert.Contains("{{item.pupil}} тізім өрісі кесте жолынан тыс тұр", refused!.Message(Language.Kk), StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    /// <summary>templates/ky/minutes.docx and templates/kk/minutes.docx: a paragraph of the given runs, a table row of item fields, and a header when given.</summary>
    private static void Template(string folder, string? header, Run[] body)
    {
        foreach (var language in new[] { Language.Ky, Language.Kk })
        {
            var path = DocumentTemplates.SchoolFile(folder, DocumentKind.Minutes, language);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(body.Select(r => (Run)r.CloneNode(true))),
                new Table(new TableRow(new TableCell(new Paragraph(new Run(new Text("{{item.no}}")))), new TableCell(new Paragraph(new Run(new Text("{{item.pupil}}"))))))));
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(new Paragraph(new Run(new Text(header))));
                main.Document.Body!.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) }));
            }
        }
    }
}
