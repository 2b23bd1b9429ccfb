using System.Text;
using CsvHelper;

namespace InternalControl.Application.Import;

/// <summary>
/// One CSV file of an import folder, read row by row with CsvHelper. It checks what a file must be before
/// its values are read: valid UTF-8 (with or without a byte order mark), text rather than binary, a header
/// with the required columns, and records that are well quoted and as wide as the header. The separator is a
/// comma or a semicolon, chosen per file from the header line, because Excel in Russian and Kazakh locales
/// writes semicolons. Rows are numbered as a spreadsheet shows them: the header is row 1.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly CsvReader _reader;
    private readonly ImportErrors _errors;
    private readonly int[] _indexes;
    private readonly int _width;
    private bool _broken;

    private CsvTable(string file, CsvReader reader, ImportErrors errors, IReadOnlyList<string> columns, int[] indexes, int width)
    {
        File = file;
        _reader = reader;
        _errors = errors;
        Columns = columns;
        _indexes = indexes;
        _width = width;
        Row = 1;
    }

    /// <summary>The file name, as errors name it.</summary>
    public string File { get; }

    /// <summary>The columns asked for, in the order <see cref="Get"/> takes their positions.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>True when reading stopped at a record that is not CSV.</summary>
    public bool Broken => _broken;

    /// <summary>The spreadsheet row of the current record.</summary>
    public int Row { get; private set; }

    /// <summary>
    /// Opens <paramref name="file"/> in <paramref name="folder"/> when it exists. Returns null when it does not
    /// (<paramref name="present"/> false), or when it cannot be read as a table (the reasons go to <paramref name="errors"/>).
    /// Optional columns may be absent; <see cref="Get"/> reads them as empty.
    /// </summary>
    public static CsvTable? Open(string folder, string file, IReadOnlyList<string> required, IReadOnlyList<string> optional, ImportErrors errors, out bool present)
    {
        var path = Path.Combine(folder, file);
        present = System.IO.File.Exists(path);
        if (!present)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(file, 0, "", "Import.FileUnreadable");
            return null;
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var body = new ReadOnlyMemory<byte>(bytes, start, bytes.Length - start);
        if (!IsUtf8(body.Span))
        {
            errors.Add(file, 0, "", "Import.FileNotUtf8");
            return null;
        }

        if (body.Span.Contains((byte)0))
        {
            errors.Add(file, 0, "", "Import.FileNotCsv", 1);
            return null;
        }

        if (body.Span.Trim("\r\n \t"u8).IsEmpty)
        {
            errors.Add(file, 0, "", "Import.FileEmpty");
            return null;
        }

        var options = CsvReaderOptions.Default with
        {
            Separator = SeparatorOf(body.Span),
            HasHeader = true,
            SkipEmptyLines = false,
            DetectSeparatorHint = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            IncludeValuesInExceptions = false,

            // Ids, dates and codes repeat on every row of a marks file and are kept until the write:
            // one string per distinct value spares the collector hundreds of thousands of copies.
            PoolStrings = true,
        };
        var reader = CsvReader.Create(body, options);
        try
        {
            var headers = reader.Headers;
            if (HeaderTwice(file, headers, errors))
            {
                reader.Dispose();
                return null;
            }

            var columns = required.Concat(optional).ToList();
            var indexes = new int[columns.Count];
            var missing = false;
            for (var i = 0; i < columns.Count; i++)
            {
                indexes[i] = reader.TryGetFieldIndex(columns[i], out var index) ? index : -1;
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

            return new CsvTable(file, reader, errors, columns, indexes, headers.Count);
        }
        catch (CsvFormatException)
        {
            reader.Dispose();
            errors.Add(file, 1, "", "Import.FileNotCsv", 1);
            return null;
        }
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
            if (!_reader.IsEmpty(i) && !string.IsNullOrWhiteSpace(_reader.GetString(i)))
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
            if (!_reader.IsEmpty(i) && !string.IsNullOrWhiteSpace(_reader.GetString(i)))
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

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The separator the header line uses most, outside quotes: a semicolon or (by default) a comma.</summary>
    private static char SeparatorOf(ReadOnlySpan<byte> bytes)
    {
        var commas = 0;
        var semicolons = 0;
        var quoted = false;
        foreach (var b in bytes)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (b == (byte)'\n' || b == (byte)'\r'))
            {
                break;
            }
            else if (!quoted && b == (byte)',')
            {
                commas++;
            }
            else if (!quoted && b == (byte)';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
