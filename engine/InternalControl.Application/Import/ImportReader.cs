using System.Globalization;
using InternalControl.Kernel.Text;
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
internal sealed partial class ImportReader(ImportSource source, SchoolIds existing, ImportErrors errors, ImportBounds bounds)
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

    /// <summary>What the import tells without refusing it: rows that repeat an earlier row with the same values.</summary>
    public List<ImportError> Notices { get; } = [];

    /// <summary>How many of the files (or sheets) the source holds.</summary>
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
        ReadPlan();
        ReadQualifications();
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

    /// <summary>
    /// Marks the file broken when reading stopped at a record that is not CSV, and reports the rows that repeated an
    /// earlier row with the same values: they are written once, so they are not counted as written.
    /// </summary>
    private void Close(string entity, CsvTable table)
    {
        if (table.Broken)
        {
            _broken.Add(entity);
        }

        foreach (var (row, first) in Batch.RepeatsOf(entity))
        {
            Notices.Add(new ImportError(table.File, row, "", "Import.SameRowAgain", [first]));
            Batch.Counts[entity]--;
        }
    }

    private void Error(CsvTable table, int column, string key, params object?[] args) =>
        errors.Add(table.File, table.Row, table.Columns[column], key, args);

    /// <summary>The value in NFC, or null (reported) when it is empty or fails <see cref="Checked"/>.</summary>
    private string? Required(CsvTable table, int column)
    {
        var value = table.Get(column);
        if (value.Length > 0)
        {
            return Checked(table, column, value);
        }

        Error(table, column, "Import.EmptyValue", table.Columns[column]);
        return null;
    }

    private delegate bool Parser<T>(string? text, out T value);

    /// <summary>
    /// A required cell that holds one of a list of codes (a mark kind, an excuse, a channel): null when it is empty, or
    /// (reported with <paramref name="key"/> and the codes it may hold) when it holds another.
    /// </summary>
    private T? Code<T>(CsvTable table, int column, Parser<T> parse, string key, IEnumerable<string> codes)
        where T : struct
    {
        var text = Required(table, column);
        if (text is null)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        Error(table, column, key, text, string.Join(", ", codes));
        return null;
    }

    /// <summary>The value in NFC, or null when it is empty or (reported) fails <see cref="Checked"/>.</summary>
    private string? Optional(CsvTable table, int column)
    {
        var value = table.Get(column);
        return value.Length == 0 ? null : Checked(table, column, value);
    }

    /// <summary>
    /// Every value of every file passes here: no control characters or line breaks, no invisible characters in an
    /// id (a column named *_id), at most its field's <see cref="TextLimits"/>, and brought to NFC so that the same
    /// id or name typed two ways is one. Null when it fails (reported at its cell).
    /// </summary>
    private string? Checked(CsvTable table, int column, string value)
    {
        var name = table.Columns[column];
        var text = TextCheck.Check(value, name.EndsWith("_id", StringComparison.Ordinal), TextLimits.Of(name), out var problem);
        if (text is null)
        {
            Error(table, column, problem.Key, problem.Args);
        }

        return text;
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

    /// <summary>A date from <paramref name="from"/> to <paramref name="to"/>; null (reported) when it is empty, not a date or outside.</summary>
    private DateOnly? Date(CsvTable table, int column, DateOnly from, DateOnly to, string key)
    {
        var date = Date(table, column);
        if (date is { } d && (d < from || d > to))
        {
            Error(table, column, key, IsoDate.Text(d), IsoDate.Text(from), IsoDate.Text(to));
            return null;
        }

        return date;
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

    /// <summary>
    /// Adds a row under its key (rows are the same when <paramref name="same"/> says so, by default when their values
    /// are equal); false, with the key reported at the column, when the key was read before with other values.
    /// </summary>
    private bool Add<TKey, TValue>(Keyed<TKey, TValue> rows, TKey key, TValue value, CsvTable table, int column, string label, Func<TValue, TValue, bool>? same = null)
        where TKey : notnull
    {
        if (rows.TryAdd(key, value, table.Row, same ?? EqualityComparer<TValue>.Default.Equals, out _, out var first))
        {
            return true;
        }

        Duplicate(table, column, label, first);
        return false;
    }
}
