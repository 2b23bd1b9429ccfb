using System.IO.Packaging;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Application.Documents;

/// <summary>
/// Fills a DOCX template: every {{field}} in a paragraph (in the body, a header or a footer) becomes its value, and a
/// table row that holds an {{item.field}} is repeated once per item. The template is checked first: a file Word could
/// not open (IC3820), a placeholder the kind does not know (IC3821) or an item field outside a table row (IC3822)
/// refuses it, and nothing is written.
/// </summary>
internal static partial class TemplateFiller
{
    [GeneratedRegex(@"\{\{\s*([^{}]*?)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>Fills <paramref name="template"/> (read whole, left as it is) into <paramref name="output"/>; null when written, else why not (nothing written).</summary>
    public static Diagnostic? Fill(Stream template, string templateName, DocumentContent content, Stream output)
    {
        using var memory = new MemoryStream();
        template.CopyTo(memory);
        memory.Position = 0;
        try
        {
            using (var document = WordprocessingDocument.Open(memory, isEditable: true))
            {
                var main = document.MainDocumentPart;
                var body = main?.Document?.Body;
                if (main is null || body is null)
                {
                    return Broken(templateName);
                }

                List<OpenXmlElement> roots = [body, .. main.HeaderParts.Select(h => (OpenXmlElement?)h.Header).OfType<OpenXmlElement>(), .. main.FooterParts.Select(f => (OpenXmlElement?)f.Footer).OfType<OpenXmlElement>()];
                if (Check(roots, templateName, content.Kind) is { } refused)
                {
                    return refused;
                }

                foreach (var row in roots.SelectMany(r => r.Descendants<TableRow>()).Where(r => HasItem(r.InnerText)).ToList())
                {
                    foreach (var item in content.Items)
                    {
                        var copy = (TableRow)row.CloneNode(true);
                        Replace(copy, name => name.StartsWith(DocumentFields.ItemPrefix, StringComparison.Ordinal) ? item.GetValueOrDefault(name[DocumentFields.ItemPrefix.Length..], string.Empty) : null);
                        row.InsertBeforeSelf(copy);
                    }

                    row.Remove();
                }

                // An item field left now stands outside a repeated row: a list in a paragraph has no row to repeat.
                if (roots.SelectMany(r => r.Descendants<Paragraph>()).Select(p => Placeholders(p).FirstOrDefault(n => n.StartsWith(DocumentFields.ItemPrefix, StringComparison.Ordinal))).FirstOrDefault(n => n is not null) is { } outside)
                {
                    return Diagnostic.Error("IC3822", SourceSpan.None, "Documents.Error.ItemOutsideRow", templateName, "{{" + outside + "}}");
                }

                foreach (var root in roots)
                {
                    Replace(root, name => content.Fields.GetValueOrDefault(name, string.Empty));
                }

                main.Document!.Save();
                foreach (var part in main.HeaderParts)
                {
                    part.Header?.Save();
                }

                foreach (var part in main.FooterParts)
                {
                    part.Footer?.Save();
                }
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException or NotSupportedException)
        {
            return Broken(templateName);
        }

        memory.Position = 0;
        memory.CopyTo(output);
        return null;
    }

    /// <summary>The placeholders of a template that its kind does not know, as the refusal names the first.</summary>
    private static Diagnostic? Check(IEnumerable<OpenXmlElement> roots, string templateName, DocumentKind kind)
    {
        foreach (var paragraph in roots.SelectMany(r => r.Descendants<Paragraph>()))
        {
            foreach (var name in Placeholders(paragraph))
            {
                if (!DocumentFields.Known(kind, name))
                {
                    var known = string.Join(", ", DocumentFields.Fields(kind).Select(f => "{{" + f + "}}").Concat(DocumentFields.Items(kind).Select(f => "{{" + DocumentFields.ItemPrefix + f + "}}")));
                    return Diagnostic.Error("IC3821", SourceSpan.None, "Documents.Error.UnknownPlaceholder", templateName, "{{" + name + "}}", known);
                }
            }
        }

        return null;
    }

    private static bool HasItem(string text) => Placeholder().Matches(text).Any(m => m.Groups[1].Value.StartsWith(DocumentFields.ItemPrefix, StringComparison.Ordinal));

    private static IEnumerable<string> Placeholders(Paragraph paragraph) =>
        Placeholder().Matches(string.Concat(paragraph.Descendants<Text>().Select(t => t.Text))).Select(m => m.Groups[1].Value);

    /// <summary>
    /// Replaces the placeholders of every paragraph under <paramref name="root"/> that <paramref name="value"/> gives a
    /// value (null leaves one as it is). Word may split "{{school}}" over several runs, so a paragraph's texts are read
    /// as one: the result goes in its first text, with that run's formatting, and the others are emptied.
    /// </summary>
    private static void Replace(OpenXmlElement root, Func<string, string?> value)
    {
        foreach (var paragraph in root.Descendants<Paragraph>().ToList())
        {
            var texts = paragraph.Descendants<Text>().ToList();
            var joined = string.Concat(texts.Select(t => t.Text));
            if (!joined.Contains("{{", StringComparison.Ordinal))
            {
                continue;
            }

            var replaced = Placeholder().Replace(joined, m => value(m.Groups[1].Value) ?? m.Value);
            if (replaced == joined)
            {
                continue;
            }

            texts[0].Text = replaced;
            texts[0].Space = SpaceProcessingModeValues.Preserve;
            foreach (var text in texts.Skip(1))
            {
                text.Text = string.Empty;
            }
        }
    }

    private static Diagnostic Broken(string templateName) => Diagnostic.Error("IC3820", SourceSpan.None, "Documents.Error.BrokenTemplate", templateName);
}
