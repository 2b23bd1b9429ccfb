using System.IO.Compression;
using System.Text;
using System.Xml;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace InternalControl.Application.Import;

/// <summary>
/// An XLSX workbook with one sheet per CSV file, named as the file without <c>.csv</c> (<c>pupils</c>, <c>marks</c>, ...;
/// case is ignored) and with the same columns, read with ExcelDataReader. Errors name the sheet: their file is the
/// sheet's name and <see cref="ImportErrors.Workbook"/> the workbook's. Other sheets are not read.
/// </summary>
internal sealed class WorkbookSource : ImportSource
{
    // ExcelDataReader's configuration names code page 1252 as its fallback even for XLSX, whose text is UTF-8;
    // .NET has the code pages but registers them only on request.
    static WorkbookSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly string _name;
    private readonly Stream _stream;
    private readonly IExcelDataReader _reader;

    private WorkbookSource(string name, Stream stream, IExcelDataReader reader)
    {
        _name = name;
        _stream = stream;
        _reader = reader;
    }

    /// <summary>The workbook, or null (reported) when it is not an XLSX workbook or it unpacks to more than <paramref name="limits"/>.</summary>
    public static WorkbookSource? Create(string path, ImportLimits limits, ImportErrors errors)
    {
        var name = Path.GetFileName(path);
        if (!WithinLimits(path, name, limits, errors))
        {
            return null;
        }

        Stream? stream = null;
        try
        {
            stream = File.OpenRead(path);
            var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            errors.Workbook = name;
            return new WorkbookSource(name, stream, reader);
        }
        catch (Exception e) when (Unreadable(e))
        {
            stream?.Dispose();
            errors.Add(name, 0, "", "Import.WorkbookUnreadable");
            return null;
        }
    }

    public override string NoTablesKey => "Import.NoSheets";

    public override string TableName(string entity) => entity;

    public override ITableRecords? Open(string entity, ImportErrors errors, out bool present)
    {
        present = false;
        try
        {
            _reader.Reset();
            do
            {
                if (string.Equals(_reader.Name?.Trim(), entity, StringComparison.OrdinalIgnoreCase))
                {
                    present = true;
                    if (!_reader.Read())
                    {
                        errors.Add(entity, 0, "", "Import.FileEmpty");
                        return null;
                    }

                    var records = new SheetRecords(_reader);
                    if (records.HeaderCount == 0)
                    {
                        errors.Add(entity, 0, "", "Import.FileEmpty");
                        return null;
                    }

                    return records;
                }
            }
            while (_reader.NextResult());
        }
        catch (Exception e) when (Unreadable(e))
        {
            present = true;
            errors.Add(_name, 0, "", "Import.WorkbookUnreadable");
        }

        return null;
    }

    public override void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    private static bool Unreadable(Exception e) =>
        e is ExcelReaderException or InvalidDataException or XmlException or IOException or UnauthorizedAccessException or FormatException;

    /// <summary>Checks the workbook's parts unpacked: each sheet within the per-file limit, all parts within the total.</summary>
    private static bool WithinLimits(string path, string name, ImportLimits limits, ImportErrors errors)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            var total = 0L;
            var over = false;
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || entry.FullName == "xl/sharedStrings.xml")
                {
                    over |= OverFileLimit(name, entry.Length, limits, errors);
                }

                total += entry.Length;
            }

            return !(OverTotalLimit(total, limits, errors) | over);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            errors.Add(name, 0, "", "Import.WorkbookUnreadable");
            return false;
        }
    }
}
