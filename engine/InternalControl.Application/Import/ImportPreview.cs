using System.Globalization;
using InternalControl.Localization;

namespace InternalControl.Application.Import;

/// <summary>
/// What an import would change, per file, before anything is written (<see cref="SchoolImporter.Preview"/>); or the
/// errors that would stop it, located as the import locates them.
/// </summary>
public sealed record ImportPreview(IReadOnlyList<ImportChange> Changes, IReadOnlyList<ImportError> Errors)
{
    /// <summary>True when the files have no error, so that the import would write them.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The change of <paramref name="entity"/>'s file (all zero when the source has no such file).</summary>
    public ImportChange Of(string entity) => Changes.FirstOrDefault(c => c.Entity == entity) ?? new ImportChange(entity, 0, 0, 0);

    /// <summary>The name of <paramref name="entity"/>'s file in the reader's language (pupils, marks, ...).</summary>
    public static string EntityName(string entity, CultureInfo culture) => Texts.Get(ImportOutcome.EntityKey(entity), culture);
}
