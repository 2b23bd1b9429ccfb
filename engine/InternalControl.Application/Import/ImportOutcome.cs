using System.Globalization;
using InternalControl.Localization;

namespace InternalControl.Application.Import;

/// <summary>
/// What an import did: the rows written per file (a row that repeats an earlier one with the same values is written
/// once, counted once and listed in <see cref="Notices"/>) (keys: classes, staff, pupils, parents, subjects,
/// teaching, marks, absences, contacts, teacher_qualifications, plan), or the errors that stopped it, in which case nothing was written.
/// </summary>
public sealed record ImportOutcome(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<ImportError> Errors)
{
    /// <summary>The entity names, in the order files are read and summaries list them.</summary>
    public static IReadOnlyList<string> Entities { get; } =
        ["classes", "staff", "pupils", "parents", "subjects", "teaching", "marks", "absences", "contacts", "teacher_qualifications", "plan"];

    /// <summary>What the import tells without refusing it: rows that repeat an earlier row with the same values.</summary>
    public IReadOnlyList<ImportError> Notices { get; init; } = [];

    /// <summary>True when there were no errors and the data was written.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The lines a person reads after an import: a headline, then the counts or the errors.</summary>
    public IReadOnlyList<string> Summary(CultureInfo culture)
    {
        var lines = new List<string>();
        if (!Succeeded)
        {
            lines.Add(Texts.Get("Import.Summary.Failed", culture, Errors.Count));
            lines.AddRange(Errors.Select(e => e.Describe(culture)));
            return lines;
        }

        lines.Add(Texts.Get("Import.Summary.Done", culture));
        foreach (var entity in Entities)
        {
            if (Counts.TryGetValue(entity, out var count) && count > 0)
            {
                lines.Add(Texts.Get("Import.Summary.Count", culture, Texts.Get(EntityKey(entity), culture), count));
            }
        }

        if (Notices.Count > 0)
        {
            lines.Add(Texts.Get("Import.Summary.Notices", culture, Notices.Count));
            lines.AddRange(Notices.Select(n => n.Describe(culture)));
        }

        return lines;
    }

    /// <summary>The text key of an entity's name, the one way every summary, preview and command names a file's rows.</summary>
    public static string EntityKey(string entity) => "Import.Entity." + entity;
}
