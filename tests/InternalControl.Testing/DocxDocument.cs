using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace InternalControl.Testing;

/// <summary>
/// A DOCX file as Word reads it back with DocumentFormat.OpenXml: the paragraphs outside tables (with their style),
/// the headings among them, and each table as rows of cell texts.
/// </summary>
public sealed class DocxDocument
{
    private DocxDocument(IReadOnlyList<(string? Style, string Text)> paragraphs, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> tables, string? language)
    {
        Paragraphs = paragraphs;
        Tables = tables;
        Language = language;
    }

    /// <summary>The body's paragraphs outside tables, in order, with their style id (null for none).</summary>
    public IReadOnlyList<(string? Style, string Text)> Paragraphs { get; }

    /// <summary>The texts of the paragraphs styled as headings (Heading1, Heading2, ...).</summary>
    public IReadOnlyList<string> Headings => [.. Paragraphs.Where(p => p.Style?.StartsWith("Heading", StringComparison.Ordinal) == true).Select(p => p.Text)];

    /// <summary>Each table's rows, each row its cells' texts.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables { get; }

    /// <summary>The language the document's default run properties name (kk-KZ, ru-RU, ...).</summary>
    public string? Language { get; }

    public static DocxDocument Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    public static DocxDocument Read(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidOperationException("The file has no document body.");
        var paragraphs = body.Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText))
            .ToList();
        var tables = body.Elements<Table>()
            .Select(t => (IReadOnlyList<IReadOnlyList<string>>)t.Elements<TableRow>()
                .Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(c => c.InnerText).ToList())
                .ToList())
            .ToList();
        var language = document.MainDocumentPart!.StyleDefinitionsPart?.Styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.GetFirstChild<Languages>()?.Val?.Value;
        return new DocxDocument(paragraphs, tables, language);
    }
}
