using DocumentFormat.OpenXml.Wordprocessing;

namespace InternalControl.Application.Files;

/// <summary>
/// The one style sheet of the DOCX files the product writes (reports and document templates): Times New Roman in the
/// reader's language, a "Normal" paragraph and a "Heading1" that keeps with what follows; each writer adds its own sizes
/// and styles.
/// </summary>
internal static class DocxStyles
{
    /// <summary>The heading's style id.</summary>
    public const string Heading = "Heading1";

    /// <param name="language">The culture's name, for spelling and hyphenation (<c>kk-KZ</c>).</param>
    /// <param name="fontSize">The body's size in half-points ("24" is 12 pt).</param>
    /// <param name="headingAfter">The space after a heading, in twentieths of a point.</param>
    /// <param name="extra">Styles of the writer's own.</param>
    public static Styles Create(string language, string fontSize, string headingAfter, params Style[] extra) => new(
        [
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = fontSize },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "heading 1" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = headingAfter }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "28" }))
            { Type = StyleValues.Paragraph, StyleId = Heading },
            .. extra,
        ]);
}
