namespace InternalControl.Application.Import;

/// <summary>
/// The records of one table of an import, whatever it was read from (a CSV file or a worksheet): a header row, then
/// records of text values. <see cref="CsvTable"/> reads every source through this, so that the checks on a row are
/// the same for a CSV file and a sheet.
/// </summary>
internal interface ITableRecords : IDisposable
{
    /// <summary>The header row's names, as written.</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>How many columns the header row has.</summary>
    int HeaderCount { get; }

    /// <summary>How many values the current record has.</summary>
    int FieldCount { get; }

    /// <summary>The position of the header named <paramref name="column"/>, or -1.</summary>
    int IndexOf(string column);

    /// <summary>Moves to the next record (a blank one included); false at the end. A CSV source throws <c>CsvFormatException</c> for a record that is not CSV.</summary>
    bool Read();

    /// <summary>The <paramref name="index"/>-th value of the current record as text ("" when empty).</summary>
    string GetString(int index);
}
