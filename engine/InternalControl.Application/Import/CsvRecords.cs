using System.Text;
using CsvHelper;

namespace InternalControl.Application.Import;

/// <summary>
/// The records of one CSV file, read with CsvHelper from its bytes (a file of a folder or an entry of a ZIP). It checks
/// what a file must be before its values are read: valid UTF-8 (with or without a byte order mark), text rather than
/// binary, and a header. The separator is a comma or a semicolon, chosen per file from the header line, because Excel
/// in Russian and Kazakh locales writes semicolons.
/// </summary>
internal sealed class CsvRecords : ITableRecords
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly CsvReader _reader;

    private CsvRecords(CsvReader reader, IReadOnlyList<string> headers)
    {
        _reader = reader;
        Headers = headers;
    }

    public IReadOnlyList<string> Headers { get; }

    public int HeaderCount => Headers.Count;

    public int FieldCount => _reader.FieldCount;

    /// <summary>The records of <paramref name="file"/>'s <paramref name="bytes"/>, or null (reported) when they are not a CSV table.</summary>
    public static CsvRecords? Open(string file, byte[] bytes, ImportErrors errors)
    {
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
            return new CsvRecords(reader, [.. reader.Headers]);
        }
        catch (CsvFormatException)
        {
            reader.Dispose();
            errors.Add(file, 1, "", "Import.FileNotCsv", 1);
            return null;
        }
    }

    public int IndexOf(string column) => _reader.TryGetFieldIndex(column, out var index) ? index : -1;

    public bool Read() => _reader.Read();

    public string GetString(int index) => _reader.IsEmpty(index) ? "" : _reader.GetString(index);

    public void Dispose() => _reader.Dispose();

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
