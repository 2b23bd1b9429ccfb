using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InternalControl.Application.Files;
using InternalControl.Localization;

namespace InternalControl.Application.Reports;

/// <summary>
/// Lays a <see cref="ReportTable"/> out as a Word document a school hands in: the school's name, the title as a
/// heading, the date, the table (its heading row repeated on each page), the notes and a signature line, all in the
/// reader's language and marked with it, on a landscape page when the table is wide.
/// </summary>
internal static class ReportDocx
{
    // Word's built-in style ids, so the title is a real heading (navigation pane, screen readers).
    private const string HeadingStyle = DocxStyles.Heading;
    private const string NoteStyle = "Note";

    // A4 in twentieths of a point; a table of more than six columns gets the page's long side.
    private const uint ShortSide = 11906;
    private const uint LongSide = 16838;
    private const int Margin = 1134;

    public static void Write(ReportTable table, ReportHeader header, Stream stream, Localizer texts)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(texts.Culture.Name);
        var landscape = table.Columns.Count > 6;
        var body = new Body(
            Centered(header.School, bold: true),
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = HeadingStyle }, new Justification { Val = JustificationValues.Center }), new Run(new Text(table.Title))),
            new Paragraph(new Run(new Text(texts.Get("Reports.Docx.Date", texts.Date(header.Date))))));
        body.Append(Table(table, texts, (landscape ? LongSide : ShortSide) - (2 * Margin)));
        foreach (var note in table.Notes)
        {
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = NoteStyle }), new Run(new Text(note))));
        }

        body.Append(new Paragraph(new Run(new Text(texts.Get("Reports.Docx.Signature")) { Space = SpaceProcessingModeValues.Preserve })));
        body.Append(new SectionProperties(
            new PageSize { Width = landscape ? LongSide : ShortSide, Height = landscape ? ShortSide : LongSide, Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin }));
        main.Document = new Document(body);
        document.PackageProperties.Title = table.Title;
        document.PackageProperties.Language = texts.Culture.Name;
    }

    private static Table Table(ReportTable report, Localizer texts, uint width)
    {
        var border = BorderValues.Single;
        var table = new Table(new TableProperties(
            new TableWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = border, Size = 4 }, new BottomBorder { Val = border, Size = 4 },
                new LeftBorder { Val = border, Size = 4 }, new RightBorder { Val = border, Size = 4 },
                new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Autofit }));

        // The heading row repeats on every page the table runs over.
        var heading = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var column in report.Columns)
        {
            heading.Append(Cell(column.Heading, bold: true, right: false));
        }

        table.Append(heading);
        foreach (var row in report.Rows)
        {
            var tableRow = new TableRow();
            foreach (var cell in row)
            {
                var number = cell.Kind is ReportCellKind.Integer or ReportCellKind.Decimal or ReportCellKind.Percent;
                tableRow.Append(Cell(cell.Format(texts), bold: false, right: number));
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static TableCell Cell(string text, bool bold, bool right)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { After = "0" },
            new Justification { Val = right ? JustificationValues.Right : JustificationValues.Left }), run);
        return new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }), paragraph);
    }

    private static Paragraph Centered(string text, bool bold)
    {
        var run = new Run(new Text(text));
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), run);
    }

    private static Styles Styles(string language) => DocxStyles.Create(
        language,
        fontSize: "22",
        headingAfter: "240",
        new Style(
            new StyleName { Val = "Note" },
            new BasedOn { Val = "Normal" },
            new StyleRunProperties(new Italic(), new FontSize { Val = "18" }))
        { Type = StyleValues.Paragraph, StyleId = NoteStyle, CustomStyle = true });
}
