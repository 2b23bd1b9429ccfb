using System.Globalization;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Storage.Schools;

namespace InternalControl.Application.Import;

/// <summary>
/// Reads the tables of an import (a folder, a ZIP or a workbook: <see cref="ImportSource"/>) into an <see cref="ImportBatch"/>, checking every value and every
/// reference, and reporting each bad value with its file, row and column. Files are read in the order
/// their references need (staff before classes, classes before pupils, ...), and every reference resolves
/// against the folder plus what the database already holds for the school.
/// </summary>
internal sealed partial class ImportReader(ImportSource source, SchoolIds existing, ImportErrors errors)
{
    // Ids seen in the folder, also on rows with other errors: a pupil whose birth date is wrong is still
    // a pupil, so that the marks that name it do not pile up errors that are only echoes of one mistake.
    private readonly HashSet<string> _classes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _staff = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pupils = new(StringComparer.Ordinal);
    private readonly HashSet<string> _subjects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _parents = new(StringComparer.Ordinal);

    // Files that could not be read as tables: references into them are not checked, for the same reason.
    private readonly HashSet<string> _broken = [];
    private readonly Dictionary<string, DateOnly?> _dates = new(StringComparer.Ordinal);

    public ImportBatch Batch { get; } = new();

    /// <summary>How many of the nine files (or sheets) the source holds.</summary>
    public int FilesFound { get; private set; }

    public void ReadAll()
    {
        ReadStaff();
        ReadClasses();
        ReadSubjects();
        ReadPupils();
        ReadParents();
        ReadTeaching();
        ReadMarks();
        ReadAbsences();
        ReadContacts();
    }

    private CsvTable? Open(string entity, string[] required, params string[] optional)
    {
        var table = CsvTable.Open(source, entity, required, optional, errors, out var present);
        if (present)
        {
            FilesFound++;
        }

        if (present && table is null)
        {
            _broken.Add(entity);
        }

        return table;
    }

    /// <summary>Marks the file broken when reading stopped at a record that is not CSV.</summary>
    private void Close(string entity, CsvTable table)
    {
        if (table.Broken)
        {
            _broken.Add(entity);
        }
    }

    private void Error(CsvTable table, int column, string key, params object?[] args) =>
        errors.Add(table.File, table.Row, table.Columns[column], key, args);

    /// <summary>The value, or null (reported) when it is empty.</summary>
    private string? Required(CsvTable table, int column)
    {
        var value = table.Get(column);
        if (value.Length > 0)
        {
            return value;
        }

        Error(table, column, "Import.EmptyValue", table.Columns[column]);
        return null;
    }

    private static string? Optional(CsvTable table, int column)
    {
        var value = table.Get(column);
        return value.Length == 0 ? null : value;
    }

    private int? Integer(CsvTable table, int column, int min, int max)
    {
        var text = Required(table, column);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Error(table, column, "Import.NotANumber", text);
            return null;
        }

        if (value < min || value > max)
        {
            Error(table, column, "Import.OutOfRange", value, min, max);
            return null;
        }

        return value;
    }

    private DateOnly? Date(CsvTable table, int column)
    {
        var text = Required(table, column);
        if (text is null)
        {
            return null;
        }

        // A marks file repeats the same school days thousands of times.
        if (!_dates.TryGetValue(text, out var date))
        {
            date = IsoDate.TryParse(text, out var d) ? d : null;
            _dates[text] = date;
        }

        if (date is null)
        {
            Error(table, column, "Import.BadDate", text);
        }

        return date;
    }

    /// <summary>A language code; classes are taught in kk, ky or ru, people may also read en.</summary>
    private Language? Language(CsvTable table, int column, bool people)
    {
        var text = Required(table, column);
        if (text is null)
        {
            return null;
        }

        if (Languages.TryParse(text, out var language) && (people || language != Localization.Language.En)
            && text.Trim().Length == 2)
        {
            return language;
        }

        Error(table, column, "Import.UnknownLanguage", text, people ? "kk, ky, ru, en" : "kk, ky, ru");
        return null;
    }

    /// <summary>Checks that <paramref name="id"/> names a row of <paramref name="entity"/> in the folder or the database.</summary>
    private void Refers(CsvTable table, int column, string? id, string entity)
    {
        if (id is null || _broken.Contains(entity))
        {
            return;
        }

        var (seen, stored, key) = entity switch
        {
            "classes" => (_classes, existing.Classes, "Import.UnknownClass"),
            "staff" => (_staff, existing.Staff, "Import.UnknownStaff"),
            "pupils" => (_pupils, existing.Pupils, "Import.UnknownPupil"),
            _ => (_subjects, existing.Subjects, "Import.UnknownSubject"),
        };
        if (!seen.Contains(id) && !stored.Contains(id))
        {
            Error(table, column, key, id);
        }
    }

    private void Duplicate(CsvTable table, int column, string key, int firstRow) =>
        Error(table, column, "Import.Duplicate", key, firstRow);
}
