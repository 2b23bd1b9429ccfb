using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InternalControl.Application.Files;
using InternalControl.Localization;

namespace InternalControl.Application.Documents;

/// <summary>
/// Builds the shipped templates from the texts of the Reports catalog: the words in the reader's language, the data as
/// placeholders ("@deputy" in a text becomes {{deputy}}) and the list as one table row of item fields. The files under
/// seeds/templates/{kk,ky,ru,en}/ are this output (`ic document template KIND --lang LANG --out FILE`); a school opens one
/// in Word or LibreOffice, rewords it, and puts it in its templates folder.
/// </summary>
public static partial class DefaultTemplates
{
    private const string HeadingStyle = DocxStyles.Heading;

    [GeneratedRegex(@"@([a-z_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    /// <summary>Writes the shipped template of <paramref name="kind"/> in <paramref name="texts"/>' language to <paramref name="stream"/>.</summary>
    public static void Write(DocumentKind kind, Stream stream, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(texts);
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(texts.Culture.Name);
        var body = new Body();
        body.Append(Centered("{{school}}", bold: true));
        switch (kind)
        {
            case DocumentKind.Note:
                body.Append(Heading(texts.Get("Documents.Note.Title")), Centered("{{subject}}", bold: false), Plain("{{date}}"), Plain(T(texts, "Documents.Note.Purpose")));
                body.Append(Table(
                    [.. new[] { "Class", "Pupils", "AllFives", "FoursAndFives", "SingleThree", "Failing", "Quality", "SuccessRate", "Sou" }.Select(c => texts.Get("Reports.Column." + c))],
                    DocumentFields.Items(kind)));
                body.Append(Plain(T(texts, "Documents.Note.Total")), Plain(texts.Get("Documents.Note.Recommendations")), Plain(texts.Get("Documents.Deputy") + " " + texts.Get("Documents.Signature") + " {{deputy}}"));
                break;
            case DocumentKind.SheetNote:
                body.Append(Heading(texts.Get("Documents.Note.Title")), Centered("{{subject}}", bold: false), Plain("{{date}}"), Plain(T(texts, "Documents.SheetNote.Purpose")));
                body.Append(Table(
                    [.. new[] { "Object", "ObjectKind", "Scores", "Group", "Decision", "Date" }.Select(c => texts.Get("Reports.Column." + c))],
                    DocumentFields.Items(kind)));
                body.Append(Plain(texts.Get("Documents.SheetNote.Groups")), Plain(texts.Get("Documents.Deputy") + " " + texts.Get("Documents.Signature") + " {{deputy}}"));
                break;
            case DocumentKind.Minutes:
                body.Append(Heading(T(texts, "Documents.Minutes.Title")), Centered(texts.Get("Documents.Minutes.Council"), bold: false), Plain("{{date}}"));
                body.Append(Plain(T(texts, "Documents.Minutes.Chair")), Plain(T(texts, "Documents.Minutes.Agenda")), Plain(T(texts, "Documents.Minutes.Heard")));
                body.Append(PupilTable(texts, kind));
                body.Append(Plain(texts.Get("Documents.Minutes.Decided")), Plain(texts.Get("Documents.Minutes.Chairman") + " " + texts.Get("Documents.Signature") + " {{director}}"), Plain(texts.Get("Documents.Minutes.Secretary")));
                break;
            case DocumentKind.Order:
                body.Append(Heading(texts.Get("Documents.Order.Title")), Plain(T(texts, "Documents.Order.Number")), Bold("{{subject}}"), Plain(T(texts, "Documents.Order.Basis")), Plain(T(texts, "Documents.Order.Item1")));
                body.Append(PupilTable(texts, kind));
                body.Append(Plain(texts.Get("Documents.Order.Item2")), Plain(T(texts, "Documents.Order.Item3")), Plain(texts.Get("Documents.Director") + " " + texts.Get("Documents.Signature") + " {{director}}"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a document kind.");
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850 }));
        main.Document = new Document(body);
        document.PackageProperties.Title = texts.Get("Documents.Name." + kind.Code());
        document.PackageProperties.Language = texts.Culture.Name;
    }

    private static string T(Localizer texts, string key) => Field().Replace(texts.Get(key), m => "{{" + m.Groups[1].Value + "}}");

    private static Table PupilTable(Localizer texts, DocumentKind kind) => Table(
        [texts.Get("Documents.Column.No"), texts.Get("Documents.Column.Pupil"), texts.Get("Reports.Column.Class"), texts.Get("Documents.Column.FailedSubjects"), texts.Get("Documents.Column.Decision")],
        DocumentFields.Items(kind));

    /// <summary>A table with a heading row and one row of item fields, which filling repeats per item.</summary>
    private static Table Table(IReadOnlyList<string> headings, IReadOnlyList<string> items)
    {
        var border = BorderValues.Single;
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = border, Size = 4 }, new BottomBorder { Val = border, Size = 4 },
                new LeftBorder { Val = border, Size = 4 }, new RightBorder { Val = border, Size = 4 },
                new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 })));
        table.Append(new TableRow([new TableRowProperties(new TableHeader()), .. headings.Select(h => Cell(h, bold: true))]));
        table.Append(new TableRow(items.Select(i => Cell("{{" + DocumentFields.ItemPrefix + i + "}}", bold: false))));
        return table;
    }

    private static TableCell Cell(string text, bool bold) =>
        new(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }), new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), Run(text, bold)));

    private static Run Run(string text, bool bold)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return run;
    }

    private static Paragraph Heading(string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = HeadingStyle }, new Justification { Val = JustificationValues.Center }), Run(text, bold: false));

    private static Paragraph Centered(string text, bool bold) => new(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), Run(text, bold));

    private static Paragraph Plain(string text) => new(new ParagraphProperties(new Justification { Val = JustificationValues.Both }), Run(text, bold: false));

    private static Paragraph Bold(string text) => new(Run(text, bold: true));

    private static Styles Styles(string language) => DocxStyles.Create(language, fontSize: "24", headingAfter: "120");
}
