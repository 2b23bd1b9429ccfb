namespace InternalControl.Application.Documents;

/// <summary>
/// What fills a template: the value of each field ({{school}}, {{date}}, ...) and the list the repeated table row takes,
/// one dictionary of item fields ({{item.pupil}}, ...) per row, all in the reader's language.
/// </summary>
/// <param name="Kind">The document.</param>
/// <param name="Fields">The document's fields by name.</param>
/// <param name="Items">The rows of the repeated table row, each its item fields by name (without "item.").</param>
public sealed record DocumentContent(
    DocumentKind Kind,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Items);
