using System.Globalization;
using System.Text;
using CsvHelper;
using InternalControl.Application.Import;
using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Control;

/// <summary>
/// Reads scores.csv (object_id, object_kind, sheet, criterion, score, date, inspector_id) with the discipline of the
/// school import: every error located by file, row and column in the reader's language (<see cref="ImportError"/>),
/// and no score kept unless the whole file is valid. The criterion is its 1-based number on the sheet.
/// </summary>
public static class ScoreImporter
{
    /// <summary>The columns of scores.csv, in the order the format names them.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["object_id", "object_kind", "sheet", "criterion", "score", "date", "inspector_id"];

    private const int ErrorCap = 100;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads <paramref name="path"/>. Sheets must be in <paramref name="matrix"/>; inspectors must be among
    /// <paramref name="staffIds"/> when it is given, and the scored object (a teacher, class or pupil) among <paramref name="objectIds"/>.
    /// </summary>
    public static ScoreImport Read(string path, DecisionMatrix matrix, IReadOnlySet<string>? staffIds = null, IReadOnlySet<string>? objectIds = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(matrix);
        var file = Path.GetFileName(path);
        var errors = new List<ImportError>();
        var body = Body(path, file, errors);
        if (body is null)
        {
            return new ScoreImport([], errors);
        }

        var scores = new List<EvaluationScore>();
        var row = 1;
        try
        {
            var options = CsvReaderOptions.Default with
            {
                Separator = Separator(body.Value.Span),
                HasHeader = true,
                SkipEmptyLines = false,
                DetectSeparatorHint = false,
                MalformedData = CsvMalformedDataHandling.Throw,
                IncludeValuesInExceptions = false,
            };
            using var reader = CsvReader.Create(body.Value, options);
            var width = reader.Headers.Count;
            var index = new int[Columns.Count];
            for (var i = 0; i < Columns.Count; i++)
            {
                index[i] = reader.TryGetFieldIndex(Columns[i], out var at) ? at : -1;
                if (index[i] < 0)
                {
                    errors.Add(new ImportError(file, 1, Columns[i], "Import.MissingColumn", [Columns[i]]));
                }
            }

            if (errors.Count > 0)
            {
                return new ScoreImport([], errors);
            }

            var rows = new ScoreRows(file, matrix, staffIds, objectIds, errors);
            while (errors.Count < ErrorCap)
            {
                row++;
                if (!reader.Read())
                {
                    break;
                }

                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToList();
                if (values.All(v => v.Length == 0))
                {
                    continue;
                }

                if (values.Count != width)
                {
                    errors.Add(new ImportError(file, row, "", "Import.FieldCount", [values.Count, width]));
                    continue;
                }

                if (rows.Read(row, index.Select(i => values[i]).ToList()) is { } score)
                {
                    scores.Add(score);
                }
            }

            if (errors.Count >= ErrorCap)
            {
                errors.Add(new ImportError("", 0, "", "Import.TooManyErrors", [ErrorCap]));
            }
        }
        catch (CsvFormatException)
        {
            // From this row on the file is not CSV (an unclosed quote): the row is named, the rest is not read.
            errors.Add(new ImportError(file, row, "", "Import.FileNotCsv", [row]));
        }

        return errors.Count == 0 ? new ScoreImport(scores, []) : new ScoreImport([], errors);
    }

    /// <summary>The file's bytes after a byte order mark, or null with the reason in <paramref name="errors"/>.</summary>
    private static ReadOnlyMemory<byte>? Body(string path, string file, List<ImportError> errors)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ImportError(file, 0, "", "Import.FileUnreadable", []));
            return null;
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var body = new ReadOnlyMemory<byte>(bytes, start, bytes.Length - start);
        string? key = null;
        try
        {
            StrictUtf8.GetCharCount(body.Span);
        }
        catch (DecoderFallbackException)
        {
            key = "Import.FileNotUtf8";
        }

        if (key is null && body.Span.Trim("\r\n \t"u8).IsEmpty)
        {
            key = "Import.FileEmpty";
        }

        if (key is null && body.Span.Contains((byte)0))
        {
            errors.Add(new ImportError(file, 0, "", "Import.FileNotCsv", [1]));
            return null;
        }

        if (key is not null)
        {
            errors.Add(new ImportError(file, 0, "", key, []));
            return null;
        }

        return body;
    }

    // Excel in Russian and Kazakh locales writes semicolons: take the separator the header line uses most.
    private static char Separator(ReadOnlySpan<byte> bytes)
    {
        var line = bytes[..(bytes.IndexOfAny("\r\n"u8) is var end and >= 0 ? end : bytes.Length)];
        return line.Count((byte)';') > line.Count((byte)',') ? ';' : ',';
    }
}
