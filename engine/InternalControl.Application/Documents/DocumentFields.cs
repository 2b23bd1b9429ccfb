namespace InternalControl.Application.Documents;

/// <summary>
/// The placeholders a template of each kind may hold. A template that names another is refused (IC3821), so that a
/// misspelt field is found when the school puts its template in place, not in a document handed in with "{{scool}}".
/// </summary>
public static class DocumentFields
{
    /// <summary>The prefix of an item field: a table row with one is repeated per item.</summary>
    public const string ItemPrefix = "item.";

    private static readonly string[] Common = ["school", "date", "title", "subject", "period", "director", "deputy", "count"];

    private static readonly string[] NoteFields = ["quality", "success", "sou", "pupils", "failing"];

    private static readonly string[] NoteItems = ["class", "pupils", "all_fives", "fours_fives", "single_three", "failing", "quality", "success", "sou"];

    private static readonly string[] SheetItems = ["object", "kind", "scores", "group", "decision", "date"];

    private static readonly string[] PupilItems = ["no", "pupil", "class", "subjects", "decision"];

    private static readonly string[] CouncilFields = ["minutes_number", "minutes_date"];

    /// <summary>The document fields of a kind ({{school}}).</summary>
    public static IReadOnlyList<string> Fields(DocumentKind kind) => kind switch
    {
        DocumentKind.Note => [.. Common, .. NoteFields],
        DocumentKind.SheetNote => [.. Common, "sheet"],
        _ => [.. Common, .. CouncilFields],
    };

    /// <summary>The item fields of a kind, without the prefix ({{item.pupil}} is "pupil").</summary>
    public static IReadOnlyList<string> Items(DocumentKind kind) => kind switch
    {
        DocumentKind.Note => NoteItems,
        DocumentKind.SheetNote => SheetItems,
        _ => PupilItems,
    };

    /// <summary>Whether <paramref name="placeholder"/> (the text between the braces) is a field of <paramref name="kind"/>.</summary>
    public static bool Known(DocumentKind kind, string placeholder) =>
        placeholder.StartsWith(ItemPrefix, StringComparison.Ordinal)
            ? Items(kind).Contains(placeholder[ItemPrefix.Length..], StringComparer.Ordinal)
            : Fields(kind).Contains(placeholder, StringComparer.Ordinal);
}
