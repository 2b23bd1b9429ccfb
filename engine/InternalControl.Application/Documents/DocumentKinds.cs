using System.Diagnostics.CodeAnalysis;

namespace InternalControl.Application.Documents;

/// <summary>The codes of <see cref="DocumentKind"/> as the command line, the web address and a template's file name spell them.</summary>
public static class DocumentKinds
{
    private static readonly Dictionary<DocumentKind, string> Codes = new()
    {
        [DocumentKind.Note] = "note",
        [DocumentKind.SheetNote] = "sheet-note",
        [DocumentKind.Minutes] = "minutes",
        [DocumentKind.Order] = "order",
    };

    /// <summary>Every kind, in the order a reader meets them.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } = [DocumentKind.Note, DocumentKind.SheetNote, DocumentKind.Minutes, DocumentKind.Order];

    public static string Code(this DocumentKind kind) => Codes[kind];

    public static bool TryParse(string? code, [NotNullWhen(true)] out DocumentKind? kind)
    {
        foreach (var (k, c) in Codes)
        {
            if (string.Equals(c, code, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = null;
        return false;
    }

    /// <summary>The template's file name: note.docx, sheet-note.docx, minutes.docx, order.docx.</summary>
    public static string FileName(this DocumentKind kind) => kind.Code() + ".docx";
}
