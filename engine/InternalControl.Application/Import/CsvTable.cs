using CsvHelper;

namespace InternalControl.Application.Import;

/// <summary>
/// One table of an import, read row by row from its source's records (<see cref="ITableRecords"/>: a CSV file of a
/// folder or a ZIP, or a sheet of a workbook), so that every source passes the same checks: a header with the required
/// columns, and records that are well quoted and as wide as the header. Rows are numbered as a spreadsheet shows them:
/// the header is row 1.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly ITableRecords _reader;
    private readonly ImportErrors _errors;
    private readonly int[] _indexes;
    private readonly int _width;
    private bool _broken;

    private CsvTable(string file, ITableRecords reader, ImportErrors errors, IReadOnlyList<string> columns, int[] indexes, int width)
    {
        File = file;
        _reader = reader;
        _errors = errors;
        Columns = columns;
        _indexes = indexes;
        _width = width;
        Row = 1;
    }

    /// <summary>The file name (or the sheet name), as errors name it.</summary>
    public string File { get; }

    /// <summary>The columns asked for, in the order <see cref="Get"/> takes their positions.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>True when reading stopped at a record that is not CSV.</summary>
    public bool Broken => _broken;

    /// <summary>The spreadsheet row of the current record.</summary>
    public int Row { get; private set; }

    /// <summary>
    /// Opens <paramref name="entity"/>'s table in <paramref name="source"/> when it has one. Returns null when it does not
    /// (<paramref name="present"/> false), or when it cannot be read as a table (the reasons go to <paramref name="errors"/>).
    /// Optional columns may be absent; <see cref="Get"/> reads them as empty.
    /// </summary>
    public static CsvTable? Open(ImportSource source, string entity, IReadOnlyList<string> required, IReadOnlyList<string> optional, ImportErrors errors, out bool present)
    {
        var file = source.TableName(entity);
        var reader = source.Open(entity, errors, out present);
        if (reader is null)
        {
            return null;
        }

        if (HeaderTwice(file, reader.Headers, errors))
        {
            reader.Dispose();
            return null;
        }

        var columns = required.Concat(optional).ToList();
        var indexes = new int[columns.Count];
        var missing = false;
        for (var i = 0; i < columns.Count; i++)
        {
            indexes[i] = reader.IndexOf(columns[i]);
            if (indexes[i] < 0 && i < required.Count)
            {
                errors.Add(file, 1, columns[i], "Import.MissingColumn", columns[i]);
                missing = true;
            }
        }

        if (missing)
        {
            reader.Dispose();
            return null;
        }

        return new CsvTable(file, reader, errors, columns, indexes, reader.HeaderCount);
    }

    /// <summary>
    /// Moves to the next record that has values. Blank rows are passed over (but counted, as a spreadsheet
    /// counts them); a record with values beyond the header's columns is reported and passed over. False at the end, after a
    /// record that cannot be parsed (the rest of the file is not CSV) and once the error cap is reached.
    /// </summary>
    public bool Next()
    {
        while (!_broken && !_errors.Full)
        {
            Row++;
            try
            {
                if (!_reader.Read())
                {
                    return false;
                }
            }
            catch (CsvFormatException)
            {
                _errors.Add(File, Row, "", "Import.FileNotCsv", Row);
                _broken = true;
                return false;
            }

            if (IsBlank())
            {
                continue;
            }

            // A short row reads its missing trailing values as empty (a hand-written file may leave out
            // an empty last column); values beyond the header are a separator inside an unquoted value.
            if (HasValuesBeyondHeader())
            {
                _errors.Add(File, Row, "", "Import.FieldCount", _reader.FieldCount, _width);
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>The trimmed value of the <paramref name="column"/>-th column asked for ("" when the column is absent).</summary>
    public string Get(int column)
    {
        var index = _indexes[column];
        return index < 0 ? "" : _reader.GetString(index).Trim();
    }

    public void Dispose() => _reader.Dispose();

    private bool HasValuesBeyondHeader()
    {
        for (var i = _width; i < _reader.FieldCount; i++)
        {
            if (!string.IsNullOrWhiteSpace(_reader.GetString(i)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsBlank()
    {
        for (var i = 0; i < _reader.FieldCount; i++)
        {
            if (!string.IsNullOrWhiteSpace(_reader.GetString(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reports each header name that appears twice: which of the two columns holds the value is anyone's guess.</summary>
    private static bool HeaderTwice(string file, IReadOnlyList<string> headers, ImportErrors errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var twice = false;
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!seen.TryAdd(name, i + 1))
            {
                errors.Add(file, 1, name, "Import.HeaderTwice", name, seen[name], i + 1);
                twice = true;
            }
        }

        return twice;
    }
}
